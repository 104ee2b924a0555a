namespace FrontDoor.Features.Appointments.Admin;

public static class AppointmentAdminLinks
{
    public const string Overview = "/staff/admin/appointments";
    public const string NewPlace = Overview + "/places";
    public const string NewType = Overview + "/types";
    public static string Place(long id) => $"{NewPlace}/{id}";
    public static string Type(long id) => $"{NewType}/{id}";
    public static string Officer(long staffId) => $"{Overview}/officers/{staffId}";
}
