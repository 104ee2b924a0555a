-- One row whose version moves on with every change to public content, so each node knows to clear its cached pages.
CREATE TABLE "PublicContentStamps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PublicContentStamps" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);

INSERT INTO "PublicContentStamps" ("Id", "Version") VALUES (1, 0);
