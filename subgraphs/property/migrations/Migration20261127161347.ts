import { Migration } from '@mikro-orm/migrations';

export class Migration20261127161347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "agenda_item_survey_id_index" on "agenda_item" ("survey_id");`);
    this.addSql(`create index "agenda_item_compound_id_index" on "agenda_item" ("compound_id");`);

    this.addSql(`create index "follow_up_task_item_id_index" on "follow_up_task" ("item_id");`);
    this.addSql(`create index "follow_up_task_compound_id_index" on "follow_up_task" ("compound_id");`);

    this.addSql(`create index "meeting_participant_meeting_id_index" on "meeting_participant" ("meeting_id");`);
    this.addSql(`create index "meeting_participant_resident_id_index" on "meeting_participant" ("resident_id");`);
    this.addSql(`create index "meeting_participant_company_id_index" on "meeting_participant" ("company_id");`);

    this.addSql(`create index "meeting_resolution_item_id_index" on "meeting_resolution" ("item_id");`);

    this.addSql(`create index "committee_seat_compound_id_index" on "committee_seat" ("compound_id");`);

    this.addSql(`create index "compound_management_company_id_index" on "compound_management" ("company_id");`);

    this.addSql(`create index "resolution_vote_participant_id_index" on "resolution_vote" ("participant_id");`);

    this.addSql(`create index "satisfaction_survey_company_id_index" on "satisfaction_survey" ("company_id");`);

    this.addSql(`create index "suggestion_resident_id_index" on "suggestion" ("resident_id");`);
    this.addSql(`create index "suggestion_building_id_index" on "suggestion" ("building_id");`);
    this.addSql(`create index "suggestion_agenda_item_id_index" on "suggestion" ("agenda_item_id");`);

    this.addSql(`create index "survey_response_household_id_index" on "survey_response" ("household_id");`);
    this.addSql(`create index "survey_response_compound_id_index" on "survey_response" ("compound_id");`);

    this.addSql(`create index "territory_building_id_index" on "territory" ("building_id");`);
    this.addSql(`create index "territory_household_id_index" on "territory" ("household_id");`);
    this.addSql(`create index "territory_grid_id_index" on "territory" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agenda_item_survey_id_index";`);
    this.addSql(`drop index "agenda_item_compound_id_index";`);

    this.addSql(`drop index "committee_seat_compound_id_index";`);

    this.addSql(`drop index "compound_management_company_id_index";`);

    this.addSql(`drop index "follow_up_task_item_id_index";`);
    this.addSql(`drop index "follow_up_task_compound_id_index";`);

    this.addSql(`drop index "meeting_participant_meeting_id_index";`);
    this.addSql(`drop index "meeting_participant_resident_id_index";`);
    this.addSql(`drop index "meeting_participant_company_id_index";`);

    this.addSql(`drop index "meeting_resolution_item_id_index";`);

    this.addSql(`drop index "resolution_vote_participant_id_index";`);

    this.addSql(`drop index "satisfaction_survey_company_id_index";`);

    this.addSql(`drop index "suggestion_resident_id_index";`);
    this.addSql(`drop index "suggestion_building_id_index";`);
    this.addSql(`drop index "suggestion_agenda_item_id_index";`);

    this.addSql(`drop index "survey_response_household_id_index";`);
    this.addSql(`drop index "survey_response_compound_id_index";`);

    this.addSql(`drop index "territory_building_id_index";`);
    this.addSql(`drop index "territory_household_id_index";`);
    this.addSql(`drop index "territory_grid_id_index";`);
  }

}
