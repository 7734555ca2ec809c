import { Migration } from '@mikro-orm/migrations';

export class Migration20261127105924 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event_checkpoint" ("consumer" varchar(100) not null, "stream" varchar(100) not null, "sequence" int not null default 0, "occurred_at" timestamptz null, "applied_at" timestamptz not null, constraint "event_checkpoint_pkey" primary key ("consumer"));`);

    this.addSql(`create table "joint_meeting" ("id" uuid not null, "title" varchar(100) not null, "state" text check ("state" in ('SCHEDULED', 'HELD')) not null default 'SCHEDULED', "scheduled_at" timestamptz not null, "held_at" timestamptz null, "minutes" text null, "convened_by" varchar(100) not null, "compound_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "version" int not null default 1, constraint "joint_meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_meeting_community_id_index" on "joint_meeting" ("community_id");`);
    this.addSql(`create index "joint_meeting_subdistrict_id_index" on "joint_meeting" ("subdistrict_id");`);
    this.addSql(`create index "joint_meeting_community_id_held_at_index" on "joint_meeting" ("community_id", "held_at");`);
    this.addSql(`create index "joint_meeting_compound_id_scheduled_at_index" on "joint_meeting" ("compound_id", "scheduled_at");`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(200) not null, "source" text check ("source" in ('RESIDENT_SUGGESTION', 'GRID_EVENT', 'SURVEY', 'INSPECTION')) not null, "grid_event_id" uuid null, "suggestion_id" uuid null, "survey_id" uuid null, "stage" text check ("stage" in ('SOLICITED', 'PROPOSED', 'CONSULTED', 'DECIDED', 'DECISION_PUBLISHED', 'RESULT_PUBLISHED', 'WITHDRAWN')) not null default 'SOLICITED', "solicited_at" timestamptz not null, "decision_published_at" timestamptz null, "result_published_at" timestamptz null, "compound_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "version" int not null default 1, constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_grid_event_id_index" on "agenda_item" ("grid_event_id");`);
    this.addSql(`create index "agenda_item_suggestion_id_index" on "agenda_item" ("suggestion_id");`);
    this.addSql(`create index "agenda_item_community_id_index" on "agenda_item" ("community_id");`);
    this.addSql(`create index "agenda_item_subdistrict_id_index" on "agenda_item" ("subdistrict_id");`);
    this.addSql(`create index "agenda_item_community_id_solicited_at_index" on "agenda_item" ("community_id", "solicited_at");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`create table "follow_up_task" ("id" uuid not null, "item_id" uuid not null, "meeting_id" uuid not null, "description" varchar(300) not null, "responsible_side" text check ("responsible_side" in ('COMMUNITY_PARTY_ORGANIZATION', 'GRID_BRANCH', 'BUILDING_PARTY_GROUP', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'RESIDENT_REPRESENTATIVE')) not null, "due_on" varchar(10) not null, "state" text check ("state" in ('OPEN', 'DONE')) not null default 'OPEN', "done_at" timestamptz null, "outcome" varchar(500) null, "compound_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "version" int not null default 1, constraint "follow_up_task_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_task_meeting_id_index" on "follow_up_task" ("meeting_id");`);
    this.addSql(`create index "follow_up_task_community_id_index" on "follow_up_task" ("community_id");`);
    this.addSql(`create index "follow_up_task_subdistrict_id_index" on "follow_up_task" ("subdistrict_id");`);
    this.addSql(`create index "follow_up_task_community_id_state_index" on "follow_up_task" ("community_id", "state");`);

    this.addSql(`create table "agenda_item_step" ("id" uuid not null, "item_id" uuid not null, "sequence" int not null, "command" text check ("command" in ('SOLICIT', 'PROPOSE', 'CONSULT', 'DECIDE', 'PUBLISH_DECISION', 'PUBLISH_RESULT', 'WITHDRAW')) not null, "from_stage" text check ("from_stage" in ('SOLICITED', 'PROPOSED', 'CONSULTED', 'DECIDED', 'DECISION_PUBLISHED', 'RESULT_PUBLISHED', 'WITHDRAWN')) null, "to_stage" text check ("to_stage" in ('SOLICITED', 'PROPOSED', 'CONSULTED', 'DECIDED', 'DECISION_PUBLISHED', 'RESULT_PUBLISHED', 'WITHDRAWN')) not null, "note" varchar(500) null, "actor_id" varchar(100) not null, "at" timestamptz not null, constraint "agenda_item_step_pkey" primary key ("id"));`);
    this.addSql(`alter table "agenda_item_step" add constraint "agenda_item_step_item_id_sequence_unique" unique ("item_id", "sequence");`);

    this.addSql(`create table "meeting_participant" ("id" uuid not null, "meeting_id" uuid not null, "side" text check ("side" in ('COMMUNITY_PARTY_ORGANIZATION', 'GRID_BRANCH', 'BUILDING_PARTY_GROUP', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'RESIDENT_REPRESENTATIVE')) not null, "label" varchar(100) null, "resident_id" uuid null, "company_id" uuid null, "attended" boolean null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "meeting_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_participant_community_id_index" on "meeting_participant" ("community_id");`);
    this.addSql(`create index "meeting_participant_subdistrict_id_index" on "meeting_participant" ("subdistrict_id");`);

    this.addSql(`create table "meeting_resolution" ("id" uuid not null, "item_id" uuid not null, "meeting_id" uuid not null, "text" varchar(500) not null, "quorum" int not null, "state" text check ("state" in ('VOTING', 'ADOPTED', 'REJECTED')) not null default 'VOTING', "closed_at" timestamptz null, "community_id" uuid not null, "subdistrict_id" uuid not null, "version" int not null default 1, constraint "meeting_resolution_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_resolution_meeting_id_index" on "meeting_resolution" ("meeting_id");`);
    this.addSql(`create index "meeting_resolution_community_id_index" on "meeting_resolution" ("community_id");`);
    this.addSql(`create index "meeting_resolution_subdistrict_id_index" on "meeting_resolution" ("subdistrict_id");`);

    this.addSql(`create table "owners_committee" ("id" uuid not null, "compound_id" uuid not null, "open_compound_id" uuid null, "kind" text check ("kind" in ('OWNERS_COMMITTEE', 'MANAGEMENT_COMMITTEE')) not null, "elected_on" varchar(10) not null, "term_starts_on" varchar(10) not null, "term_ends_on" varchar(10) not null, "dissolved_on" varchar(10) null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "owners_committee_pkey" primary key ("id"));`);
    this.addSql(`create index "owners_committee_compound_id_index" on "owners_committee" ("compound_id");`);
    this.addSql(`alter table "owners_committee" add constraint "owners_committee_open_compound_id_unique" unique ("open_compound_id");`);
    this.addSql(`create index "owners_committee_community_id_index" on "owners_committee" ("community_id");`);
    this.addSql(`create index "owners_committee_subdistrict_id_index" on "owners_committee" ("subdistrict_id");`);

    this.addSql(`create table "committee_seat" ("id" uuid not null, "committee_id" uuid not null, "resident_id" uuid not null, "position" text check ("position" in ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER')) not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "committee_seat_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_seat_resident_id_index" on "committee_seat" ("resident_id");`);
    this.addSql(`create index "committee_seat_community_id_index" on "committee_seat" ("community_id");`);
    this.addSql(`create index "committee_seat_subdistrict_id_index" on "committee_seat" ("subdistrict_id");`);
    this.addSql(`alter table "committee_seat" add constraint "committee_seat_committee_id_resident_id_unique" unique ("committee_id", "resident_id");`);

    this.addSql(`create table "event_parked" ("consumer" varchar(100) not null, "sequence" int not null, "stream" varchar(100) not null, "type" varchar(100) not null, "aggregate_id" varchar(64) not null, "payload" text not null, "error" text not null, "attempts" int not null, "parked_at" timestamptz not null, constraint "event_parked_pkey" primary key ("consumer", "sequence"));`);

    this.addSql(`create table "property_company" ("id" uuid not null, "name" varchar(100) not null, "credit_code" varchar(18) not null, "has_party_organization" boolean not null default false, "registered_at" timestamptz not null, constraint "property_company_pkey" primary key ("id"));`);
    this.addSql(`alter table "property_company" add constraint "property_company_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "compound_management" ("id" uuid not null, "compound_id" uuid not null, "open_compound_id" uuid null, "mode" text check ("mode" in ('ENTERPRISE', 'COMMUNITY_TRUSTEESHIP', 'EMPLOYER_PROXY', 'OWNER_SELF')) not null, "company_id" uuid null, "starts_on" varchar(10) not null, "contract_ends_on" varchar(10) null, "ended_on" varchar(10) null, "end_reason" varchar(200) null, "community_id" uuid not null, "subdistrict_id" uuid not null, "recorded_at" timestamptz not null, constraint "compound_management_pkey" primary key ("id"));`);
    this.addSql(`create index "compound_management_compound_id_index" on "compound_management" ("compound_id");`);
    this.addSql(`alter table "compound_management" add constraint "compound_management_open_compound_id_unique" unique ("open_compound_id");`);
    this.addSql(`create index "compound_management_community_id_index" on "compound_management" ("community_id");`);
    this.addSql(`create index "compound_management_subdistrict_id_index" on "compound_management" ("subdistrict_id");`);
    this.addSql(`create index "compound_management_community_id_mode_index" on "compound_management" ("community_id", "mode");`);

    this.addSql(`create table "company_staff_member" ("id" uuid not null, "company_id" uuid not null, "resident_id" uuid not null, "post" varchar(50) not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "company_staff_member_pkey" primary key ("id"));`);
    this.addSql(`create index "company_staff_member_resident_id_index" on "company_staff_member" ("resident_id");`);
    this.addSql(`create index "company_staff_member_compound_id_index" on "company_staff_member" ("compound_id");`);
    this.addSql(`create index "company_staff_member_community_id_index" on "company_staff_member" ("community_id");`);
    this.addSql(`create index "company_staff_member_subdistrict_id_index" on "company_staff_member" ("subdistrict_id");`);
    this.addSql(`alter table "company_staff_member" add constraint "company_staff_member_company_id_resident_id_unique" unique ("company_id", "resident_id");`);

    this.addSql(`create table "resolution_vote" ("id" uuid not null, "resolution_id" uuid not null, "participant_id" uuid not null, "choice" text check ("choice" in ('FOR', 'AGAINST', 'ABSTAIN')) not null, "cast_at" timestamptz not null, constraint "resolution_vote_pkey" primary key ("id"));`);
    this.addSql(`alter table "resolution_vote" add constraint "resolution_vote_resolution_id_participant_id_unique" unique ("resolution_id", "participant_id");`);

    this.addSql(`create table "satisfaction_survey" ("id" uuid not null, "company_id" uuid not null, "period" varchar(7) not null, "period_starts_on" varchar(10) not null, "questions" jsonb not null, "threshold" double precision not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "opened_at" timestamptz not null, constraint "satisfaction_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "satisfaction_survey_period_starts_on_index" on "satisfaction_survey" ("period_starts_on");`);
    this.addSql(`create index "satisfaction_survey_compound_id_index" on "satisfaction_survey" ("compound_id");`);
    this.addSql(`create index "satisfaction_survey_community_id_index" on "satisfaction_survey" ("community_id");`);
    this.addSql(`create index "satisfaction_survey_subdistrict_id_index" on "satisfaction_survey" ("subdistrict_id");`);
    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_compound_id_period_unique" unique ("compound_id", "period");`);

    this.addSql(`create table "suggestion" ("id" uuid not null, "content" varchar(500) not null, "state" text check ("state" in ('RAISED', 'ACCEPTED', 'DECLINED', 'SOLVED')) not null default 'RAISED', "resident_id" uuid null, "building_id" uuid null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "raised_at" timestamptz not null, "recorded_by" varchar(100) not null, "agenda_item_id" uuid null, "decline_reason" varchar(300) null, "solved_at" timestamptz null, "version" int not null default 1, constraint "suggestion_pkey" primary key ("id"));`);
    this.addSql(`create index "suggestion_compound_id_index" on "suggestion" ("compound_id");`);
    this.addSql(`create index "suggestion_community_id_index" on "suggestion" ("community_id");`);
    this.addSql(`create index "suggestion_subdistrict_id_index" on "suggestion" ("subdistrict_id");`);
    this.addSql(`create index "suggestion_community_id_raised_at_index" on "suggestion" ("community_id", "raised_at");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "survey_id" uuid not null, "household_id" uuid not null, "scores" jsonb not null, "mean_score" double precision not null, "satisfied" boolean not null, "company_id" uuid not null, "period" varchar(7) not null, "period_starts_on" varchar(10) not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "submitted_at" timestamptz not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_response_company_id_index" on "survey_response" ("company_id");`);
    this.addSql(`create index "survey_response_community_id_index" on "survey_response" ("community_id");`);
    this.addSql(`create index "survey_response_subdistrict_id_index" on "survey_response" ("subdistrict_id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_household_id_unique" unique ("survey_id", "household_id");`);

    this.addSql(`create table "territory" ("id" uuid not null, "level" text check ("level" in ('SUBDISTRICT', 'COMMUNITY', 'COMPOUND', 'BUILDING', 'HOUSEHOLD', 'RESIDENT')) not null, "subdistrict_id" uuid not null, "community_id" uuid null, "compound_id" uuid null, "building_id" uuid null, "household_id" uuid null, "grid_id" uuid null, constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_compound_id_index" on "territory" ("compound_id");`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade;`);

    this.addSql(`alter table "follow_up_task" add constraint "follow_up_task_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`);

    this.addSql(`alter table "agenda_item_step" add constraint "agenda_item_step_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_resolution" add constraint "meeting_resolution_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`);

    this.addSql(`alter table "committee_seat" add constraint "committee_seat_committee_id_foreign" foreign key ("committee_id") references "owners_committee" ("id") on update cascade;`);

    this.addSql(`alter table "compound_management" add constraint "compound_management_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "company_staff_member" add constraint "company_staff_member_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);

    this.addSql(`alter table "resolution_vote" add constraint "resolution_vote_resolution_id_foreign" foreign key ("resolution_id") references "meeting_resolution" ("id") on update cascade;`);

    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_company_id_foreign" foreign key ("company_id") references "property_company" ("id") on update cascade;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "satisfaction_survey" ("id") on update cascade;`);
  }

}
