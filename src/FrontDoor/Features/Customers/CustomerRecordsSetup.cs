using FrontDoor.Features.Gazetteer;

namespace FrontDoor.Features.Customers;

public static class CustomerRecordsSetup
{
    public static WebApplicationBuilder AddCustomerRecords(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CustomerMatching>();
        builder.Services.AddScoped<CustomerMerging>();
        builder.Services.AddScoped<TellUsOnce>();
        builder.Services.AddScoped<AddressSearch>();
        builder.Services.AddScoped<CustomerSearch>();
        builder.Services.AddScoped<GazetteerImport>();
        return builder;
    }
}
