-- Each node takes customer ids ten at a time (Features/Customers/CustomerIds), so a new customer's id is known before
-- it is saved. The column's sequence counts in tens, so a row inserted without an id takes a whole ten's first.
ALTER TABLE "Customers" ALTER COLUMN "Id" SET INCREMENT BY 10;
