import { Migration } from '@mikro-orm/migrations';

export class Migration20261127161314 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "party_organization_level_index" on "party_organization" ("level");`);
    this.addSql(`create index "party_organization_parent_id_index" on "party_organization" ("parent_id");`);
    this.addSql(`create index "party_organization_status_index" on "party_organization" ("status");`);
    this.addSql(`create index "party_organization_secretary_id_index" on "party_organization" ("secretary_id");`);

    this.addSql(`create index "party_member_organization_id_index" on "party_member" ("organization_id");`);
    this.addSql(`create index "party_member_category_index" on "party_member" ("category");`);
    this.addSql(`create index "party_member_colour_index" on "party_member" ("colour");`);
    this.addSql(`create index "party_member_building_id_index" on "party_member" ("building_id");`);
    this.addSql(`create index "party_member_grid_id_index" on "party_member" ("grid_id");`);

    this.addSql(`create index "party_member_transfer_member_id_index" on "party_member_transfer" ("member_id");`);
    this.addSql(`create index "party_member_transfer_from_organization_id_index" on "party_member_transfer" ("from_organization_id");`);
    this.addSql(`create index "party_member_transfer_to_organization_id_index" on "party_member_transfer" ("to_organization_id");`);
    this.addSql(`create index "party_member_transfer_subdistrict_id_index" on "party_member_transfer" ("subdistrict_id");`);

    this.addSql(`create index "central_household_member_id_index" on "central_household" ("member_id");`);
    this.addSql(`create index "central_household_building_id_index" on "central_household" ("building_id");`);

    this.addSql(`create index "central_household_link_central_household_id_index" on "central_household_link" ("central_household_id");`);
    this.addSql(`create index "central_household_link_community_id_index" on "central_household_link" ("community_id");`);
    this.addSql(`create index "central_household_link_subdistrict_id_index" on "central_household_link" ("subdistrict_id");`);

    this.addSql(`create index "party_organization_change_previous_secretary_id_index" on "party_organization_change" ("previous_secretary_id");`);
    this.addSql(`create index "party_organization_change_secretary_id_index" on "party_organization_change" ("secretary_id");`);
    this.addSql(`create index "party_organization_change_other_organization_id_index" on "party_organization_change" ("other_organization_id");`);
    this.addSql(`create index "party_organization_change_community_id_index" on "party_organization_change" ("community_id");`);
    this.addSql(`create index "party_organization_change_subdistrict_id_index" on "party_organization_change" ("subdistrict_id");`);

    this.addSql(`create index "points_entry_member_id_index" on "points_entry" ("member_id");`);

    this.addSql(`create index "post_claim_member_id_index" on "post_claim" ("member_id");`);
    this.addSql(`create index "post_claim_post_id_index" on "post_claim" ("post_id");`);

    this.addSql(`create index "service_record_member_id_index" on "service_record" ("member_id");`);

    this.addSql(`create index "territory_building_id_index" on "territory" ("building_id");`);
    this.addSql(`create index "territory_household_id_index" on "territory" ("household_id");`);
    this.addSql(`create index "territory_grid_id_index" on "territory" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "central_household_member_id_index";`);
    this.addSql(`drop index "central_household_building_id_index";`);

    this.addSql(`drop index "central_household_link_central_household_id_index";`);
    this.addSql(`drop index "central_household_link_community_id_index";`);
    this.addSql(`drop index "central_household_link_subdistrict_id_index";`);

    this.addSql(`drop index "party_member_organization_id_index";`);
    this.addSql(`drop index "party_member_category_index";`);
    this.addSql(`drop index "party_member_colour_index";`);
    this.addSql(`drop index "party_member_building_id_index";`);
    this.addSql(`drop index "party_member_grid_id_index";`);

    this.addSql(`drop index "party_member_transfer_member_id_index";`);
    this.addSql(`drop index "party_member_transfer_from_organization_id_index";`);
    this.addSql(`drop index "party_member_transfer_to_organization_id_index";`);
    this.addSql(`drop index "party_member_transfer_subdistrict_id_index";`);

    this.addSql(`drop index "party_organization_level_index";`);
    this.addSql(`drop index "party_organization_parent_id_index";`);
    this.addSql(`drop index "party_organization_status_index";`);
    this.addSql(`drop index "party_organization_secretary_id_index";`);

    this.addSql(`drop index "party_organization_change_previous_secretary_id_index";`);
    this.addSql(`drop index "party_organization_change_secretary_id_index";`);
    this.addSql(`drop index "party_organization_change_other_organization_id_index";`);
    this.addSql(`drop index "party_organization_change_community_id_index";`);
    this.addSql(`drop index "party_organization_change_subdistrict_id_index";`);

    this.addSql(`drop index "points_entry_member_id_index";`);

    this.addSql(`drop index "post_claim_member_id_index";`);
    this.addSql(`drop index "post_claim_post_id_index";`);

    this.addSql(`drop index "service_record_member_id_index";`);

    this.addSql(`drop index "territory_building_id_index";`);
    this.addSql(`drop index "territory_household_id_index";`);
    this.addSql(`drop index "territory_grid_id_index";`);
  }

}
