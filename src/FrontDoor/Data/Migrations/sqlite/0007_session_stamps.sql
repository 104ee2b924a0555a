ALTER TABLE "StaffMembers" ADD "SecurityStamp" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Customers" ADD "SecurityStamp" TEXT NOT NULL DEFAULT '';
