import { Migration } from '@mikro-orm/migrations';

export class Migration20261127161431 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "discount_rule_community_id_index" on "discount_rule" ("community_id");`);
    this.addSql(`create index "discount_rule_subdistrict_id_index" on "discount_rule" ("subdistrict_id");`);

    this.addSql(`create index "dish_community_id_index" on "dish" ("community_id");`);
    this.addSql(`create index "dish_subdistrict_id_index" on "dish" ("subdistrict_id");`);

    this.addSql(`create index "elder_profile_compound_id_index" on "elder_profile" ("compound_id");`);
    this.addSql(`create index "elder_profile_grid_id_index" on "elder_profile" ("grid_id");`);
    this.addSql(`create index "elder_profile_living_situation_index" on "elder_profile" ("living_situation");`);

    this.addSql(`create index "home_visit_compound_id_index" on "home_visit" ("compound_id");`);

    this.addSql(`create index "meal_order_resident_id_index" on "meal_order" ("resident_id");`);
    this.addSql(`create index "meal_order_dish_id_index" on "meal_order" ("dish_id");`);

    this.addSql(`create index "menu_entry_dish_id_index" on "menu_entry" ("dish_id");`);
    this.addSql(`create index "menu_entry_community_id_index" on "menu_entry" ("community_id");`);
    this.addSql(`create index "menu_entry_subdistrict_id_index" on "menu_entry" ("subdistrict_id");`);

    this.addSql(`create index "service_point_status_change_community_id_index" on "service_point_status_change" ("community_id");`);
    this.addSql(`create index "service_point_status_change_subdistrict_id_index" on "service_point_status_change" ("subdistrict_id");`);

    this.addSql(`create index "territory_building_id_index" on "territory" ("building_id");`);
    this.addSql(`create index "territory_household_id_index" on "territory" ("household_id");`);
    this.addSql(`create index "territory_grid_id_index" on "territory" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "discount_rule_community_id_index";`);
    this.addSql(`drop index "discount_rule_subdistrict_id_index";`);

    this.addSql(`drop index "dish_community_id_index";`);
    this.addSql(`drop index "dish_subdistrict_id_index";`);

    this.addSql(`drop index "elder_profile_compound_id_index";`);
    this.addSql(`drop index "elder_profile_grid_id_index";`);
    this.addSql(`drop index "elder_profile_living_situation_index";`);

    this.addSql(`drop index "home_visit_compound_id_index";`);

    this.addSql(`drop index "meal_order_resident_id_index";`);
    this.addSql(`drop index "meal_order_dish_id_index";`);

    this.addSql(`drop index "menu_entry_dish_id_index";`);
    this.addSql(`drop index "menu_entry_community_id_index";`);
    this.addSql(`drop index "menu_entry_subdistrict_id_index";`);

    this.addSql(`drop index "service_point_status_change_community_id_index";`);
    this.addSql(`drop index "service_point_status_change_subdistrict_id_index";`);

    this.addSql(`drop index "territory_building_id_index";`);
    this.addSql(`drop index "territory_household_id_index";`);
    this.addSql(`drop index "territory_grid_id_index";`);
  }

}
