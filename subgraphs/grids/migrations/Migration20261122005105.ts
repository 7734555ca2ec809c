import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "department" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "district_id" uuid not null, "subdistrict_id" uuid null, "category_codes" jsonb not null, "receivers" jsonb not null, "response_hours" int not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);
    this.addSql(`create index "department_district_id_index" on "department" ("district_id");`);
    this.addSql(`create index "department_subdistrict_id_index" on "department" ("subdistrict_id");`);

    this.addSql(`create table "district" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, constraint "district_pkey" primary key ("id"));`);
    this.addSql(`alter table "district" add constraint "district_code_unique" unique ("code");`);

    this.addSql(`create table "event_category" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "resolve_hours" int not null, "urgent_resolve_hours" int not null, constraint "event_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "event_category" add constraint "event_category_code_unique" unique ("code");`);

    this.addSql(`create table "hotline_intake" ("id" uuid not null, "agency_id" varchar(255) not null, "idempotency_key" varchar(255) not null, "content_hash" varchar(255) not null, "event_id" uuid not null, "received_at" timestamptz not null, constraint "hotline_intake_pkey" primary key ("id"));`);
    this.addSql(`alter table "hotline_intake" add constraint "hotline_intake_agency_id_idempotency_key_unique" unique ("agency_id", "idempotency_key");`);

    this.addSql(`create table "subdistrict" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('URBAN_SUBDISTRICT', 'TOWNSHIP')) not null, "district_id" uuid not null, constraint "subdistrict_pkey" primary key ("id"));`);
    this.addSql(`alter table "subdistrict" add constraint "subdistrict_code_unique" unique ("code");`);

    this.addSql(`create table "community" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('URBAN_COMMUNITY', 'VILLAGE')) not null, "subdistrict_id" uuid not null, constraint "community_pkey" primary key ("id"));`);
    this.addSql(`alter table "community" add constraint "community_code_unique" unique ("code");`);

    this.addSql(`create table "grid" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('URBAN', 'RURAL', 'DEDICATED')) not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "grid_pkey" primary key ("id"));`);
    this.addSql(`alter table "grid" add constraint "grid_code_unique" unique ("code");`);
    this.addSql(`create index "grid_subdistrict_id_index" on "grid" ("subdistrict_id");`);

    this.addSql(`create table "grid_worker" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "phone" varchar(255) not null, "role" text check ("role" in ('GRID_LEADER', 'GRID_WORKER')) not null, "assignment" text check ("assignment" in ('RESIDENT', 'DISPATCHED')) not null, "full_time" boolean not null, "grid_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "grid_worker_pkey" primary key ("id"));`);
    this.addSql(`alter table "grid_worker" add constraint "grid_worker_code_unique" unique ("code");`);
    this.addSql(`create index "grid_worker_community_id_index" on "grid_worker" ("community_id");`);
    this.addSql(`create index "grid_worker_subdistrict_id_index" on "grid_worker" ("subdistrict_id");`);

    this.addSql(`create table "grid_event" ("id" uuid not null, "category_id" uuid not null, "description" text not null, "grid_id" uuid not null, "compound_id" uuid null, "building_id" uuid null, "household_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "district_id" uuid not null, "source" text check ("source" in ('RESIDENT_REPORT', 'PATROL', 'HOTLINE_12345', 'APP_PHOTO', 'SUPERIOR_ASSIGNMENT', 'DEPARTMENT_LEAD')) not null, "external_ticket" varchar(255) null, "reported_by" varchar(255) not null, "reporter_name" varchar(255) null, "reporter_phone" varchar(255) null, "attachment_urls" jsonb not null, "priority" text check ("priority" in ('NORMAL', 'URGENT')) not null, "state" text check ("state" in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'SUSPENDED', 'RESOLVED', 'CLOSED', 'MERGED')) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT')) not null, "holder_id" varchar(255) null, "department_id" uuid null, "dispatch_deadline_at" timestamptz null, "deadline_at" timestamptz not null, "reported_at" timestamptz not null, "accepted_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "resolution" text null, "resolved_late" boolean not null default false, "hours_to_resolve" double precision null, "satisfied" boolean null, "duplicate_of_id" uuid null, "version" int not null default 1, constraint "grid_event_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_event_community_id_index" on "grid_event" ("community_id");`);
    this.addSql(`create index "grid_event_subdistrict_id_index" on "grid_event" ("subdistrict_id");`);
    this.addSql(`create index "grid_event_district_id_index" on "grid_event" ("district_id");`);
    this.addSql(`create index "grid_event_external_ticket_index" on "grid_event" ("external_ticket");`);
    this.addSql(`create index "grid_event_reported_by_index" on "grid_event" ("reported_by");`);
    this.addSql(`create index "grid_event_community_id_reported_at_index" on "grid_event" ("community_id", "reported_at");`);

    this.addSql(`create table "grid_event_transition" ("id" uuid not null, "event_id" uuid not null, "sequence" int not null, "command" text check ("command" in ('REPORT', 'ACCEPT', 'DISPATCH', 'ACCEPT_DISPATCH', 'RETURN_DISPATCH', 'START', 'RESOLVE', 'FEEDBACK_SATISFIED', 'FEEDBACK_UNSATISFIED', 'CLOSE', 'ESCALATE', 'SUSPEND', 'RESUME', 'MERGE')) not null, "from_state" text check ("from_state" in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'SUSPENDED', 'RESOLVED', 'CLOSED', 'MERGED')) null, "to_state" text check ("to_state" in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'SUSPENDED', 'RESOLVED', 'CLOSED', 'MERGED')) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT')) not null, "actor_id" varchar(255) not null, "reason" text null, "at" timestamptz not null, constraint "grid_event_transition_pkey" primary key ("id"));`);
    this.addSql(`alter table "grid_event_transition" add constraint "grid_event_transition_event_id_sequence_unique" unique ("event_id", "sequence");`);

    this.addSql(`create table "compound" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "latitude" double precision not null, "longitude" double precision not null, constraint "compound_pkey" primary key ("id"));`);
    this.addSql(`alter table "compound" add constraint "compound_code_unique" unique ("code");`);
    this.addSql(`create index "compound_subdistrict_id_index" on "compound" ("subdistrict_id");`);

    this.addSql(`create table "building" ("id" uuid not null, "code" varchar(255) not null, "number" varchar(255) not null, "units" int not null, "floors" int not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "grid_id" uuid not null, "latitude" double precision not null, "longitude" double precision not null, constraint "building_pkey" primary key ("id"));`);
    this.addSql(`alter table "building" add constraint "building_code_unique" unique ("code");`);
    this.addSql(`create index "building_community_id_index" on "building" ("community_id");`);
    this.addSql(`create index "building_subdistrict_id_index" on "building" ("subdistrict_id");`);
    this.addSql(`create index "building_grid_id_index" on "building" ("grid_id");`);

    this.addSql(`create table "household" ("id" uuid not null, "code" varchar(255) not null, "unit" int not null, "room" varchar(255) not null, "floor" int not null, "address" varchar(255) not null, "building_id" uuid not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "grid_id" uuid not null, "registered_at" timestamptz not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`alter table "household" add constraint "household_code_unique" unique ("code");`);
    this.addSql(`create index "household_compound_id_index" on "household" ("compound_id");`);
    this.addSql(`create index "household_community_id_index" on "household" ("community_id");`);
    this.addSql(`create index "household_subdistrict_id_index" on "household" ("subdistrict_id");`);
    this.addSql(`create index "household_grid_id_index" on "household" ("grid_id");`);
    this.addSql(`alter table "household" add constraint "household_building_id_unit_room_unique" unique ("building_id", "unit", "room");`);

    this.addSql(`create table "resident" ("id" uuid not null, "name" varchar(255) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" varchar(10) not null, "phone" varchar(255) null, "national_id" varchar(255) not null, "is_head" boolean not null default false, "household_id" uuid not null, "building_id" uuid not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "grid_id" uuid not null, "registered_at" timestamptz not null, constraint "resident_pkey" primary key ("id"));`);
    this.addSql(`alter table "resident" add constraint "resident_national_id_unique" unique ("national_id");`);
    this.addSql(`create index "resident_building_id_index" on "resident" ("building_id");`);
    this.addSql(`create index "resident_compound_id_index" on "resident" ("compound_id");`);
    this.addSql(`create index "resident_community_id_index" on "resident" ("community_id");`);
    this.addSql(`create index "resident_subdistrict_id_index" on "resident" ("subdistrict_id");`);
    this.addSql(`create index "resident_grid_id_index" on "resident" ("grid_id");`);

    this.addSql(`create table "resident_move" ("id" uuid not null, "resident_id" uuid not null, "from_household_id" uuid not null, "to_household_id" uuid not null, "moved_by" varchar(255) not null, "moved_at" timestamptz not null, constraint "resident_move_pkey" primary key ("id"));`);

    this.addSql(`create table "linked_household" ("id" uuid not null, "grid_worker_id" uuid not null, "household_id" uuid not null, "linked_at" timestamptz not null, constraint "linked_household_pkey" primary key ("id"));`);
    this.addSql(`alter table "linked_household" add constraint "linked_household_grid_worker_id_household_id_unique" unique ("grid_worker_id", "household_id");`);

    this.addSql(`alter table "subdistrict" add constraint "subdistrict_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade;`);

    this.addSql(`alter table "community" add constraint "community_subdistrict_id_foreign" foreign key ("subdistrict_id") references "subdistrict" ("id") on update cascade;`);

    this.addSql(`alter table "grid" add constraint "grid_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "grid_worker" add constraint "grid_worker_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`);

    this.addSql(`alter table "grid_event" add constraint "grid_event_category_id_foreign" foreign key ("category_id") references "event_category" ("id") on update cascade;`);
    this.addSql(`alter table "grid_event" add constraint "grid_event_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`);
    this.addSql(`alter table "grid_event" add constraint "grid_event_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grid_event_transition" add constraint "grid_event_transition_event_id_foreign" foreign key ("event_id") references "grid_event" ("id") on update cascade;`);

    this.addSql(`alter table "compound" add constraint "compound_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "building" add constraint "building_compound_id_foreign" foreign key ("compound_id") references "compound" ("id") on update cascade;`);

    this.addSql(`alter table "household" add constraint "household_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "resident" add constraint "resident_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);

    this.addSql(`alter table "resident_move" add constraint "resident_move_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "linked_household" add constraint "linked_household_grid_worker_id_foreign" foreign key ("grid_worker_id") references "grid_worker" ("id") on update cascade;`);
    this.addSql(`alter table "linked_household" add constraint "linked_household_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
  }

}
