using FrontDoor.BrowserTests;

// One FrontDoor process and one Chromium for every journey: tests make their own residents and cases, and take their
// own authenticator codes (DemoCodes), so they never trip over each other.
[assembly: AssemblyFixture(typeof(RunningApp))]
[assembly: AssemblyFixture(typeof(Chromium))]
