namespace FrontDoor.Data;

/// <summary>
/// A record that public pages show to every visitor alike (the catalogue, the council's details and its own pages), or
/// that every request reads alike (a service's team, the council's wording of its messages). Saving a change to one clears
/// those pages and held answers from every node's memory (see Features/Catalogue/PublicPages and HeldContent).
/// </summary>
public interface IPublicContent;
