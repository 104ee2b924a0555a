using FrontDoor.Shared;

namespace FrontDoor.Features.Customers;

public static class CustomersSetup
{
    public static WebApplicationBuilder AddCustomers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CustomerMatching>();
        builder.Services.AddScoped<CustomerMerging>();
        builder.Services.AddScoped<TellUsOnce>();
        builder.Services.AddScoped<CustomerSearch>();
        builder.Services.AddCommand(DuplicateCheckCommand.Command);
        return builder;
    }
}
