using FrontDoor.Tests.Infrastructure;

// One FrontDoor per database provider for the whole test run: starting and seeding a host per test class cost more
// than the tests. Tests make their own data (their own staff, customers and cases) so they never depend on each other.
[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]
