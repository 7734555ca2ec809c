import { Migration } from '@mikro-orm/migrations';

export class Migration20261128090056 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "meal_order_community_id_index";`);
    this.addSql(`drop index "meal_order_subdistrict_id_index";`);

    this.addSql(`create index "meal_order_subdistrict_id_status_served_on_subsidy_fen_index" on "meal_order" ("subdistrict_id", "status", "served_on", "subsidy_fen");`);
    this.addSql(`create index "meal_order_community_id_status_served_on_subsidy_fen_index" on "meal_order" ("community_id", "status", "served_on", "subsidy_fen");`);

    this.addSql(`drop index "territory_community_id_index";`);
    this.addSql(`drop index "territory_subdistrict_id_index";`);

    this.addSql(`create index "territory_community_id_level_index" on "territory" ("community_id", "level");`);
    this.addSql(`create index "territory_subdistrict_id_level_index" on "territory" ("subdistrict_id", "level");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "meal_order_subdistrict_id_status_served_on_subsidy_fen_index";`);
    this.addSql(`drop index "meal_order_community_id_status_served_on_subsidy_fen_index";`);

    this.addSql(`create index "meal_order_community_id_index" on "meal_order" ("community_id");`);
    this.addSql(`create index "meal_order_subdistrict_id_index" on "meal_order" ("subdistrict_id");`);

    this.addSql(`drop index "territory_community_id_level_index";`);
    this.addSql(`drop index "territory_subdistrict_id_level_index";`);

    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
  }

}
