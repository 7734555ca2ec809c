import { Migration } from '@mikro-orm/migrations';

export class Migration20261127161243 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "subdistrict_name_index" on "subdistrict" ("name");`);
    this.addSql(`create index "subdistrict_kind_index" on "subdistrict" ("kind");`);
    this.addSql(`create index "subdistrict_district_id_index" on "subdistrict" ("district_id");`);

    this.addSql(`create index "community_name_index" on "community" ("name");`);
    this.addSql(`create index "community_kind_index" on "community" ("kind");`);
    this.addSql(`create index "community_subdistrict_id_index" on "community" ("subdistrict_id");`);

    this.addSql(`create index "grid_kind_index" on "grid" ("kind");`);
    this.addSql(`create index "grid_community_id_index" on "grid" ("community_id");`);

    this.addSql(`create index "grid_worker_role_index" on "grid_worker" ("role");`);
    this.addSql(`create index "grid_worker_grid_id_index" on "grid_worker" ("grid_id");`);

    this.addSql(`create index "grid_event_category_id_index" on "grid_event" ("category_id");`);
    this.addSql(`create index "grid_event_grid_id_index" on "grid_event" ("grid_id");`);
    this.addSql(`create index "grid_event_compound_id_index" on "grid_event" ("compound_id");`);
    this.addSql(`create index "grid_event_building_id_index" on "grid_event" ("building_id");`);
    this.addSql(`create index "grid_event_household_id_index" on "grid_event" ("household_id");`);
    this.addSql(`create index "grid_event_source_index" on "grid_event" ("source");`);
    this.addSql(`create index "grid_event_priority_index" on "grid_event" ("priority");`);
    this.addSql(`create index "grid_event_state_index" on "grid_event" ("state");`);
    this.addSql(`create index "grid_event_level_index" on "grid_event" ("level");`);
    this.addSql(`create index "grid_event_department_id_index" on "grid_event" ("department_id");`);
    this.addSql(`create index "grid_event_dispatch_deadline_at_index" on "grid_event" ("dispatch_deadline_at");`);
    this.addSql(`create index "grid_event_deadline_at_index" on "grid_event" ("deadline_at");`);
    this.addSql(`create index "grid_event_reported_at_index" on "grid_event" ("reported_at");`);
    this.addSql(`create index "grid_event_duplicate_of_id_index" on "grid_event" ("duplicate_of_id");`);

    this.addSql(`create index "compound_name_index" on "compound" ("name");`);
    this.addSql(`create index "compound_community_id_index" on "compound" ("community_id");`);

    this.addSql(`create index "building_number_index" on "building" ("number");`);
    this.addSql(`create index "building_compound_id_index" on "building" ("compound_id");`);
    this.addSql(`create index "building_steward_id_index" on "building" ("steward_id");`);
    this.addSql(`create index "building_head_id_index" on "building" ("head_id");`);

    this.addSql(`create index "household_unit_index" on "household" ("unit");`);
    this.addSql(`create index "household_floor_index" on "household" ("floor");`);

    this.addSql(`create index "resident_gender_index" on "resident" ("gender");`);
    this.addSql(`create index "resident_birth_date_index" on "resident" ("birth_date");`);
    this.addSql(`create index "resident_is_head_index" on "resident" ("is_head");`);
    this.addSql(`create index "resident_household_id_index" on "resident" ("household_id");`);

    this.addSql(`create index "resident_move_resident_id_index" on "resident_move" ("resident_id");`);
    this.addSql(`create index "resident_move_from_household_id_index" on "resident_move" ("from_household_id");`);
    this.addSql(`create index "resident_move_to_household_id_index" on "resident_move" ("to_household_id");`);

    this.addSql(`create index "linked_household_household_id_index" on "linked_household" ("household_id");`);

    this.addSql(`create index "building_steward_appointment_resident_id_index" on "building_steward_appointment" ("resident_id");`);
    this.addSql(`create index "building_steward_appointment_previous_resident_id_index" on "building_steward_appointment" ("previous_resident_id");`);
    this.addSql(`create index "building_steward_appointment_compound_id_index" on "building_steward_appointment" ("compound_id");`);
    this.addSql(`create index "building_steward_appointment_community_id_index" on "building_steward_appointment" ("community_id");`);
    this.addSql(`create index "building_steward_appointment_subdistrict_id_index" on "building_steward_appointment" ("subdistrict_id");`);
    this.addSql(`create index "building_steward_appointment_grid_id_index" on "building_steward_appointment" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "building_number_index";`);
    this.addSql(`drop index "building_compound_id_index";`);
    this.addSql(`drop index "building_steward_id_index";`);
    this.addSql(`drop index "building_head_id_index";`);

    this.addSql(`drop index "building_steward_appointment_resident_id_index";`);
    this.addSql(`drop index "building_steward_appointment_previous_resident_id_index";`);
    this.addSql(`drop index "building_steward_appointment_compound_id_index";`);
    this.addSql(`drop index "building_steward_appointment_community_id_index";`);
    this.addSql(`drop index "building_steward_appointment_subdistrict_id_index";`);
    this.addSql(`drop index "building_steward_appointment_grid_id_index";`);

    this.addSql(`drop index "community_name_index";`);
    this.addSql(`drop index "community_kind_index";`);
    this.addSql(`drop index "community_subdistrict_id_index";`);

    this.addSql(`drop index "compound_name_index";`);
    this.addSql(`drop index "compound_community_id_index";`);

    this.addSql(`drop index "grid_kind_index";`);
    this.addSql(`drop index "grid_community_id_index";`);

    this.addSql(`drop index "grid_event_category_id_index";`);
    this.addSql(`drop index "grid_event_grid_id_index";`);
    this.addSql(`drop index "grid_event_compound_id_index";`);
    this.addSql(`drop index "grid_event_building_id_index";`);
    this.addSql(`drop index "grid_event_household_id_index";`);
    this.addSql(`drop index "grid_event_source_index";`);
    this.addSql(`drop index "grid_event_priority_index";`);
    this.addSql(`drop index "grid_event_state_index";`);
    this.addSql(`drop index "grid_event_level_index";`);
    this.addSql(`drop index "grid_event_department_id_index";`);
    this.addSql(`drop index "grid_event_dispatch_deadline_at_index";`);
    this.addSql(`drop index "grid_event_deadline_at_index";`);
    this.addSql(`drop index "grid_event_reported_at_index";`);
    this.addSql(`drop index "grid_event_duplicate_of_id_index";`);

    this.addSql(`drop index "grid_worker_role_index";`);
    this.addSql(`drop index "grid_worker_grid_id_index";`);


    this.addSql(`drop index "household_unit_index";`);
    this.addSql(`drop index "household_floor_index";`);

    this.addSql(`drop index "linked_household_household_id_index";`);

    this.addSql(`drop index "resident_gender_index";`);
    this.addSql(`drop index "resident_birth_date_index";`);
    this.addSql(`drop index "resident_is_head_index";`);
    this.addSql(`drop index "resident_household_id_index";`);

    this.addSql(`drop index "resident_move_resident_id_index";`);
    this.addSql(`drop index "resident_move_from_household_id_index";`);
    this.addSql(`drop index "resident_move_to_household_id_index";`);

    this.addSql(`drop index "subdistrict_name_index";`);
    this.addSql(`drop index "subdistrict_kind_index";`);
    this.addSql(`drop index "subdistrict_district_id_index";`);
  }

}
