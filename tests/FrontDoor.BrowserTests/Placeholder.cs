namespace FrontDoor.BrowserTests;
