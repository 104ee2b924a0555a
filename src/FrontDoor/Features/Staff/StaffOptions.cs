using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Features.Staff;

public class StaffOptions
{
    /// <summary>A signed-in session ends after this long without a request.</summary>
    [Range(1, 720)] public int IdleMinutes { get; set; } = 30;
    [Range(1, 100)] public int MaxFailedSignIns { get; set; } = 5;
    [Range(1, 1440)] public int LockoutMinutes { get; set; } = 15;
}
