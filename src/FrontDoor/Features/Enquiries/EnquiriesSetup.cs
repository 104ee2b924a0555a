namespace FrontDoor.Features.Enquiries;

public static class EnquiriesSetup
{
    public static WebApplicationBuilder AddEnquiries(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EnquiryOptions>().BindConfiguration("Enquiries").ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
