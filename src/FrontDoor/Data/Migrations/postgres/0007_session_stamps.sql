ALTER TABLE "StaffMembers" ADD "SecurityStamp" text NOT NULL DEFAULT '';
ALTER TABLE "Customers" ADD "SecurityStamp" text NOT NULL DEFAULT '';
