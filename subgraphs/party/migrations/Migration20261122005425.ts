import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005425 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "party_organization" ("id" uuid not null, "name" varchar(255) not null, "level" text check ("level" in ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP')) not null, "parent_id" uuid null, "attached_id" uuid not null, "secretary_id" uuid null, "compound_id" uuid null, "building_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "created_at" timestamptz not null, constraint "party_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_attached_id_index" on "party_organization" ("attached_id");`);
    this.addSql(`create index "party_organization_compound_id_index" on "party_organization" ("compound_id");`);
    this.addSql(`create index "party_organization_building_id_index" on "party_organization" ("building_id");`);
    this.addSql(`create index "party_organization_community_id_index" on "party_organization" ("community_id");`);
    this.addSql(`create index "party_organization_subdistrict_id_index" on "party_organization" ("subdistrict_id");`);

    this.addSql(`create table "party_member" ("id" uuid not null, "resident_id" uuid not null, "household_id" uuid not null, "organization_id" uuid not null, "category" text check ("category" in ('DIRECT', 'RETIRED', 'IN_SERVICE', 'MOBILE')) not null, "tags" text[] not null, "colour" text check ("colour" in ('RED', 'ORANGE', 'PURPLE', 'BLUE', 'GREEN')) not null, "joined_on" varchar(10) not null, "building_id" uuid null, "compound_id" uuid null, "grid_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "registered_at" timestamptz not null, constraint "party_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "party_member" add constraint "party_member_resident_id_unique" unique ("resident_id");`);
    this.addSql(`create index "party_member_household_id_index" on "party_member" ("household_id");`);
    this.addSql(`create index "party_member_compound_id_index" on "party_member" ("compound_id");`);
    this.addSql(`create index "party_member_community_id_index" on "party_member" ("community_id");`);
    this.addSql(`create index "party_member_subdistrict_id_index" on "party_member" ("subdistrict_id");`);

    this.addSql(`create table "party_member_transfer" ("id" uuid not null, "member_id" uuid not null, "from_organization_id" uuid not null, "to_organization_id" uuid not null, "reason" varchar(255) not null, "transferred_by" varchar(255) not null, "transferred_at" timestamptz not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "party_member_transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "party_member_transfer_community_id_index" on "party_member_transfer" ("community_id");`);

    this.addSql(`create table "central_household" ("id" uuid not null, "household_id" uuid not null, "member_id" uuid not null, "organization_id" uuid not null, "building_id" uuid null, "compound_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "designated_at" timestamptz not null, constraint "central_household_pkey" primary key ("id"));`);
    this.addSql(`alter table "central_household" add constraint "central_household_household_id_unique" unique ("household_id");`);
    this.addSql(`create index "central_household_organization_id_index" on "central_household" ("organization_id");`);
    this.addSql(`create index "central_household_compound_id_index" on "central_household" ("compound_id");`);
    this.addSql(`create index "central_household_community_id_index" on "central_household" ("community_id");`);
    this.addSql(`create index "central_household_subdistrict_id_index" on "central_household" ("subdistrict_id");`);

    this.addSql(`create table "central_household_link" ("id" uuid not null, "central_household_id" uuid not null, "household_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "central_household_link_pkey" primary key ("id"));`);
    this.addSql(`create index "central_household_link_household_id_index" on "central_household_link" ("household_id");`);

    this.addSql(`create table "points_entry" ("id" uuid not null, "member_id" uuid not null, "organization_id" uuid not null, "year" int not null, "quarter" int not null, "source" text check ("source" in ('BRANCH_RECORD', 'SELF_REPORT', 'RESIDENT_SUGGESTION', 'PEER_REVIEW')) not null, "points" int not null, "reason" varchar(255) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', "submitted_by" varchar(255) not null, "submitted_at" timestamptz not null, "reviewed_by" varchar(255) null, "reviewed_at" timestamptz null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "points_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "points_entry_organization_id_index" on "points_entry" ("organization_id");`);
    this.addSql(`create index "points_entry_community_id_index" on "points_entry" ("community_id");`);
    this.addSql(`create index "points_entry_subdistrict_id_index" on "points_entry" ("subdistrict_id");`);

    this.addSql(`create table "service_post" ("id" uuid not null, "name" varchar(255) not null, "description" varchar(255) not null, "capacity" int not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "service_post_pkey" primary key ("id"));`);
    this.addSql(`create index "service_post_community_id_index" on "service_post" ("community_id");`);
    this.addSql(`create index "service_post_subdistrict_id_index" on "service_post" ("subdistrict_id");`);

    this.addSql(`create table "post_claim" ("id" uuid not null, "member_id" uuid not null, "post_id" uuid not null, "claimed_at" timestamptz not null, "released_at" timestamptz null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "post_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "post_claim_community_id_index" on "post_claim" ("community_id");`);
    this.addSql(`create index "post_claim_subdistrict_id_index" on "post_claim" ("subdistrict_id");`);

    this.addSql(`create table "service_record" ("id" uuid not null, "member_id" uuid not null, "post_id" uuid not null, "served_on" varchar(10) not null, "hours" double precision not null, "description" varchar(255) not null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "service_record_pkey" primary key ("id"));`);
    this.addSql(`create index "service_record_post_id_index" on "service_record" ("post_id");`);
    this.addSql(`create index "service_record_served_on_index" on "service_record" ("served_on");`);
    this.addSql(`create index "service_record_community_id_index" on "service_record" ("community_id");`);
    this.addSql(`create index "service_record_subdistrict_id_index" on "service_record" ("subdistrict_id");`);

    this.addSql(`create table "territory" ("id" uuid not null, "level" text check ("level" in ('SUBDISTRICT', 'COMMUNITY', 'COMPOUND', 'BUILDING', 'HOUSEHOLD', 'RESIDENT')) not null, "subdistrict_id" uuid not null, "community_id" uuid null, "compound_id" uuid null, "building_id" uuid null, "household_id" uuid null, "grid_id" uuid null, constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_compound_id_index" on "territory" ("compound_id");`);

    this.addSql(`alter table "party_organization" add constraint "party_organization_parent_id_foreign" foreign key ("parent_id") references "party_organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "party_member" add constraint "party_member_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade;`);

    this.addSql(`alter table "party_member_transfer" add constraint "party_member_transfer_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "central_household" add constraint "central_household_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "central_household_link" add constraint "central_household_link_central_household_id_foreign" foreign key ("central_household_id") references "central_household" ("id") on update cascade;`);

    this.addSql(`alter table "points_entry" add constraint "points_entry_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);

    this.addSql(`alter table "post_claim" add constraint "post_claim_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);
    this.addSql(`alter table "post_claim" add constraint "post_claim_post_id_foreign" foreign key ("post_id") references "service_post" ("id") on update cascade;`);

    this.addSql(`alter table "service_record" add constraint "service_record_member_id_foreign" foreign key ("member_id") references "party_member" ("id") on update cascade;`);
  }

}
