import { Migration } from '@mikro-orm/migrations';

export class Migration20261127161508 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "agreement_session_id_index" on "agreement" ("session_id");`);
    this.addSql(`create index "agreement_payer_party_id_index" on "agreement" ("payer_party_id");`);
    this.addSql(`create index "agreement_payee_party_id_index" on "agreement" ("payee_party_id");`);
    this.addSql(`create index "agreement_subdistrict_id_index" on "agreement" ("subdistrict_id");`);

    this.addSql(`create index "dispute_lead_department_index" on "dispute_lead" ("department");`);
    this.addSql(`create index "dispute_lead_status_index" on "dispute_lead" ("status");`);
    this.addSql(`create index "dispute_lead_case_id_index" on "dispute_lead" ("case_id");`);

    this.addSql(`create index "grid_event_copy_category_id_index" on "grid_event_copy" ("category_id");`);
    this.addSql(`create index "grid_event_copy_grid_id_index" on "grid_event_copy" ("grid_id");`);
    this.addSql(`create index "grid_event_copy_subdistrict_id_index" on "grid_event_copy" ("subdistrict_id");`);

    this.addSql(`create index "mediation_case_category_index" on "mediation_case" ("category");`);
    this.addSql(`create index "mediation_case_level_index" on "mediation_case" ("level");`);
    this.addSql(`create index "mediation_case_status_index" on "mediation_case" ("status");`);
    this.addSql(`create index "mediation_case_grid_id_index" on "mediation_case" ("grid_id");`);

    this.addSql(`create index "case_party_case_id_index" on "case_party" ("case_id");`);
    this.addSql(`create index "case_party_subdistrict_id_index" on "case_party" ("subdistrict_id");`);

    this.addSql(`create index "mediation_case_transition_team_id_index" on "mediation_case_transition" ("team_id");`);

    this.addSql(`create index "mediation_session_case_id_index" on "mediation_session" ("case_id");`);
    this.addSql(`create index "mediation_session_subdistrict_id_index" on "mediation_session" ("subdistrict_id");`);

    this.addSql(`create index "territory_building_id_index" on "territory" ("building_id");`);
    this.addSql(`create index "territory_household_id_index" on "territory" ("household_id");`);
    this.addSql(`create index "territory_grid_id_index" on "territory" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agreement_session_id_index";`);
    this.addSql(`drop index "agreement_payer_party_id_index";`);
    this.addSql(`drop index "agreement_payee_party_id_index";`);
    this.addSql(`drop index "agreement_subdistrict_id_index";`);

    this.addSql(`drop index "case_party_case_id_index";`);
    this.addSql(`drop index "case_party_subdistrict_id_index";`);

    this.addSql(`drop index "dispute_lead_department_index";`);
    this.addSql(`drop index "dispute_lead_status_index";`);
    this.addSql(`drop index "dispute_lead_case_id_index";`);

    this.addSql(`drop index "grid_event_copy_category_id_index";`);
    this.addSql(`drop index "grid_event_copy_grid_id_index";`);
    this.addSql(`drop index "grid_event_copy_subdistrict_id_index";`);

    this.addSql(`drop index "mediation_case_category_index";`);
    this.addSql(`drop index "mediation_case_level_index";`);
    this.addSql(`drop index "mediation_case_status_index";`);
    this.addSql(`drop index "mediation_case_grid_id_index";`);

    this.addSql(`drop index "mediation_case_transition_team_id_index";`);

    this.addSql(`drop index "mediation_session_case_id_index";`);
    this.addSql(`drop index "mediation_session_subdistrict_id_index";`);

    this.addSql(`drop index "territory_building_id_index";`);
    this.addSql(`drop index "territory_household_id_index";`);
    this.addSql(`drop index "territory_grid_id_index";`);
  }

}
