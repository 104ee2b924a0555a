using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Features.Enquiries;

public class EnquiryOptions
{
    /// <summary>The service standard for councillor and MP enquiries, in working days.</summary>
    [Range(1, 60)] public int StandardDays { get; set; } = 5;
}
