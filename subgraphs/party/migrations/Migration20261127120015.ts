import { Migration } from '@mikro-orm/migrations';

export class Migration20261127120015 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "party_organization_change" drop constraint if exists "party_organization_change_kind_check";`);

    this.addSql(`alter table "party_organization" add constraint "party_organization_attached_id_level_unique" unique ("attached_id", "level");`);

    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_kind_check" check("kind" in ('SET_UP', 'RENAMED', 'SECRETARY_APPOINTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "party_organization_change" drop constraint if exists "party_organization_change_kind_check";`);

    this.addSql(`alter table "party_organization" drop constraint "party_organization_attached_id_level_unique";`);

    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_kind_check" check("kind" in ('RENAMED', 'SECRETARY_APPOINTED'));`);
  }

}
