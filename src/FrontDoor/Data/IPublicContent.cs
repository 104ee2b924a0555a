namespace FrontDoor.Data;

/// <summary>
/// A record that public pages show to every visitor alike: the catalogue, the council's details and its own pages.
/// Saving a change to one clears those pages from every node's cache (see Features/Catalogue/PublicPages).
/// </summary>
public interface IPublicContent;
