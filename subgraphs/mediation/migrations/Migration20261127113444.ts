import { Migration } from '@mikro-orm/migrations';

export class Migration20261127113444 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agreement" ("id" uuid not null, "case_id" uuid not null, "session_id" uuid null, "terms" text not null, "compensation_fen" int not null default 0, "payer_party_id" uuid null, "payee_party_id" uuid null, "due_on" varchar(10) null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "mechanism" text check ("mechanism" in ('PEOPLES', 'ADMINISTRATIVE', 'JUDICIAL')) not null, "signed_at" timestamptz not null, "fulfilment" text check ("fulfilment" in ('PENDING', 'FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED')) not null default 'PENDING', "fulfilment_checked_on" varchar(10) null, "follow_up_on" varchar(10) null, "follow_up_note" text null, "follow_up_satisfied" boolean null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "agreement_pkey" primary key ("id"));`);
    this.addSql(`alter table "agreement" add constraint "agreement_case_id_unique" unique ("case_id");`);
    this.addSql(`create index "agreement_community_id_index" on "agreement" ("community_id");`);

    this.addSql(`create table "dispute_lead" ("id" uuid not null, "department" text check ("department" in ('POLICE_STATION', 'JUDICIAL_OFFICE', 'PETITIONS_OFFICE', 'HOTLINE', 'DEPUTIES_LIAISON', 'GRID')) not null, "category" text check ("category" in ('NEIGHBOUR', 'FAMILY_MARRIAGE', 'WAGE_ARREARS', 'PROPERTY_MANAGEMENT', 'DAMAGE_COMPENSATION', 'LAND', 'OTHER')) not null, "summary" text not null, "shared_on" varchar(10) not null, "shared_by" varchar(255) not null, "status" text check ("status" in ('OPEN', 'CONVERTED', 'CLOSED')) not null default 'OPEN', "case_id" uuid null, "close_reason" text null, "resolved_at" timestamptz null, "community_id" uuid null, "subdistrict_id" uuid not null, constraint "dispute_lead_pkey" primary key ("id"));`);
    this.addSql(`create index "dispute_lead_community_id_index" on "dispute_lead" ("community_id");`);
    this.addSql(`create index "dispute_lead_subdistrict_id_index" on "dispute_lead" ("subdistrict_id");`);

    this.addSql(`create table "event_checkpoint" ("consumer" varchar(100) not null, "stream" varchar(100) not null, "sequence" int not null default 0, "occurred_at" timestamptz null, "applied_at" timestamptz not null, constraint "event_checkpoint_pkey" primary key ("consumer"));`);

    this.addSql(`create table "grid_event_copy" ("id" uuid not null, "category_id" uuid not null, "state" varchar(255) not null, "grid_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "reported_at" timestamptz not null, constraint "grid_event_copy_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_event_copy_community_id_index" on "grid_event_copy" ("community_id");`);

    this.addSql(`create table "mediation_case" ("id" uuid not null, "category" text check ("category" in ('NEIGHBOUR', 'FAMILY_MARRIAGE', 'WAGE_ARREARS', 'PROPERTY_MANAGEMENT', 'DAMAGE_COMPENSATION', 'LAND', 'OTHER')) not null, "description" text not null, "source" text check ("source" in ('GRID_EVENT', 'WALK_IN', 'HOTLINE', 'DEPARTMENT_LEAD', 'PATROL')) not null, "grid_event_id" uuid null, "lead_id" uuid null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "mechanism" text check ("mechanism" in ('PEOPLES', 'ADMINISTRATIVE', 'JUDICIAL')) not null, "status" text check ("status" in ('REGISTERED', 'IN_MEDIATION', 'AGREED', 'FAILED', 'ESCALATED', 'CLOSED', 'WITHDRAWN')) not null, "team_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "grid_id" uuid null, "registered_by" varchar(255) not null, "registered_at" timestamptz not null, "level_since" timestamptz not null, "deadline_at" timestamptz not null, "updated_at" timestamptz not null, "escalations" int not null default 0, "closed_at" timestamptz null, "close_reason" text null, "version" int not null default 1, constraint "mediation_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_grid_event_id_unique" unique ("grid_event_id");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_lead_id_unique" unique ("lead_id");`);
    this.addSql(`create index "mediation_case_team_id_index" on "mediation_case" ("team_id");`);
    this.addSql(`create index "mediation_case_community_id_index" on "mediation_case" ("community_id");`);
    this.addSql(`create index "mediation_case_subdistrict_id_index" on "mediation_case" ("subdistrict_id");`);
    this.addSql(`create index "mediation_case_community_id_registered_at_index" on "mediation_case" ("community_id", "registered_at");`);

    this.addSql(`create table "case_party" ("id" uuid not null, "case_id" uuid not null, "role" text check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')) not null, "resident_id" uuid null, "name" varchar(255) null, "affiliation" varchar(255) null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "case_party_pkey" primary key ("id"));`);
    this.addSql(`create index "case_party_resident_id_index" on "case_party" ("resident_id");`);
    this.addSql(`create index "case_party_community_id_index" on "case_party" ("community_id");`);

    this.addSql(`create table "case_mediator" ("id" uuid not null, "case_id" uuid not null, "mediator_id" uuid not null, "role" text check ("role" in ('LEAD', 'MEMBER', 'CALLED_IN')) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "assigned_at" timestamptz not null, constraint "case_mediator_pkey" primary key ("id"));`);
    this.addSql(`create index "case_mediator_mediator_id_index" on "case_mediator" ("mediator_id");`);
    this.addSql(`alter table "case_mediator" add constraint "case_mediator_case_id_mediator_id_unique" unique ("case_id", "mediator_id");`);

    this.addSql(`create table "mediation_case_transition" ("id" uuid not null, "case_id" uuid not null, "sequence" int not null, "command" text check ("command" in ('REGISTER', 'ASSIGN_MEDIATORS', 'HOLD_SESSION', 'FAIL', 'RECORD_AGREEMENT', 'ESCALATE', 'CLOSE', 'WITHDRAW', 'RECORD_FULFILMENT', 'FOLLOW_UP')) not null, "from_status" text check ("from_status" in ('REGISTERED', 'IN_MEDIATION', 'AGREED', 'FAILED', 'ESCALATED', 'CLOSED', 'WITHDRAWN')) null, "to_status" text check ("to_status" in ('REGISTERED', 'IN_MEDIATION', 'AGREED', 'FAILED', 'ESCALATED', 'CLOSED', 'WITHDRAWN')) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "mechanism" text check ("mechanism" in ('PEOPLES', 'ADMINISTRATIVE', 'JUDICIAL')) not null, "team_id" uuid null, "actor_id" varchar(255) not null, "reason" text null, "at" timestamptz not null, constraint "mediation_case_transition_pkey" primary key ("id"));`);
    this.addSql(`alter table "mediation_case_transition" add constraint "mediation_case_transition_case_id_sequence_unique" unique ("case_id", "sequence");`);

    this.addSql(`create table "mediation_session" ("id" uuid not null, "case_id" uuid not null, "held_on" varchar(10) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "attendees" jsonb not null, "discussed" text not null, "outcome" text check ("outcome" in ('ADJOURNED', 'AGREED', 'NO_AGREEMENT')) not null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "mediation_session_pkey" primary key ("id"));`);
    this.addSql(`create index "mediation_session_community_id_index" on "mediation_session" ("community_id");`);

    this.addSql(`create table "mediation_team" ("id" uuid not null, "name" varchar(255) not null, "kind" text check ("kind" in ('COMMITTEE', 'WOMENS_TEAM', 'COMMUNITY_TEAM', 'SUBDISTRICT_CENTRE', 'JUDICIAL_OFFICE')) not null, "level" text check ("level" in ('GRID', 'COMMUNITY', 'SUBDISTRICT', 'JUDICIAL_OFFICE')) not null, "specialities" jsonb not null, "community_id" uuid null, "subdistrict_id" uuid not null, constraint "mediation_team_pkey" primary key ("id"));`);
    this.addSql(`create index "mediation_team_community_id_index" on "mediation_team" ("community_id");`);
    this.addSql(`create index "mediation_team_subdistrict_id_index" on "mediation_team" ("subdistrict_id");`);

    this.addSql(`create table "mediator" ("id" uuid not null, "name" varchar(255) not null, "kind" text check ("kind" in ('PEOPLES_MEDIATOR', 'GRID_WORKER', 'LEGAL_ADVISER', 'POLICE_OFFICER', 'JUDICIAL_OFFICER')) not null, "team_id" uuid not null, "account_id" varchar(255) null, "active" boolean not null default true, "community_id" uuid null, "subdistrict_id" uuid not null, constraint "mediator_pkey" primary key ("id"));`);
    this.addSql(`create index "mediator_team_id_index" on "mediator" ("team_id");`);
    this.addSql(`alter table "mediator" add constraint "mediator_account_id_unique" unique ("account_id");`);
    this.addSql(`create index "mediator_community_id_index" on "mediator" ("community_id");`);
    this.addSql(`create index "mediator_subdistrict_id_index" on "mediator" ("subdistrict_id");`);

    this.addSql(`create table "outbox_event" ("sequence" int not null, "type" varchar(100) not null, "aggregate_id" varchar(64) not null, "payload" text not null, "occurred_at" timestamptz not null, "request_id" varchar(64) null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "outbox_event_published_at_sequence_index" on "outbox_event" ("published_at", "sequence");`);

    this.addSql(`create table "event_parked" ("consumer" varchar(100) not null, "sequence" int not null, "stream" varchar(100) not null, "type" varchar(100) not null, "aggregate_id" varchar(64) not null, "payload" text not null, "error" text not null, "attempts" int not null, "parked_at" timestamptz not null, constraint "event_parked_pkey" primary key ("consumer", "sequence"));`);

    this.addSql(`create table "territory" ("id" uuid not null, "level" text check ("level" in ('SUBDISTRICT', 'COMMUNITY', 'COMPOUND', 'BUILDING', 'HOUSEHOLD', 'RESIDENT')) not null, "subdistrict_id" uuid not null, "community_id" uuid null, "compound_id" uuid null, "building_id" uuid null, "household_id" uuid null, "grid_id" uuid null, constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_compound_id_index" on "territory" ("compound_id");`);

    this.addSql(`alter table "case_party" add constraint "case_party_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on update cascade;`);

    this.addSql(`alter table "case_mediator" add constraint "case_mediator_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on update cascade;`);

    this.addSql(`alter table "mediation_case_transition" add constraint "mediation_case_transition_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on update cascade;`);

    this.addSql(`alter table "mediation_session" add constraint "mediation_session_case_id_foreign" foreign key ("case_id") references "mediation_case" ("id") on update cascade;`);
  }

}
