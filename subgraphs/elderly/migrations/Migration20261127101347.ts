import { Migration } from '@mikro-orm/migrations';

export class Migration20261127101347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "discount_rule" ("id" uuid not null, "point_id" uuid not null, "name" varchar(100) not null, "group" varchar(50) not null, "priority" int not null, "min_age" int null, "required_status" text check ("required_status" in ('LIVING_ALONE', 'HARDSHIP', 'DISABILITY')) null, "effect" text check ("effect" in ('AMOUNT_OFF', 'PERCENT_OFF', 'FREE_EXTRAS')) not null, "amount_fen" int null, "percent_off" int null, "funded_by" text check ("funded_by" in ('GOVERNMENT', 'OPERATOR')) not null, "valid_from" varchar(10) not null, "valid_until" varchar(10) null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "discount_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "discount_rule_point_id_index" on "discount_rule" ("point_id");`);

    this.addSql(`create table "dish" ("id" uuid not null, "point_id" uuid not null, "name" varchar(100) not null, "price_fen" int not null, "extras_fen" int not null default 0, "extras" varchar(100) null, "tags" text[] not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "dish_pkey" primary key ("id"));`);
    this.addSql(`create index "dish_point_id_index" on "dish" ("point_id");`);
    this.addSql(`alter table "dish" add constraint "dish_point_id_name_unique" unique ("point_id", "name");`);

    this.addSql(`create table "elder_profile" ("id" uuid not null, "resident_id" uuid not null, "household_id" uuid not null, "building_id" uuid not null, "compound_id" uuid not null, "grid_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, "birth_date" varchar(10) not null, "living_situation" text check ("living_situation" in ('ALONE', 'CHILDLESS', 'WITH_FAMILY')) not null, "hardship" boolean not null default false, "disability" text check ("disability" in ('NONE', 'MODERATE', 'SEVERE')) not null default 'NONE', "dietary_needs" text[] not null, "care_level" text check ("care_level" in ('SELF_CARE', 'PARTIAL_CARE', 'FULL_CARE')) not null default 'SELF_CARE', "certification_due_on" varchar(10) not null, "updated_at" timestamptz not null, constraint "elder_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "elder_profile" add constraint "elder_profile_resident_id_unique" unique ("resident_id");`);
    this.addSql(`create index "elder_profile_household_id_index" on "elder_profile" ("household_id");`);
    this.addSql(`create index "elder_profile_building_id_index" on "elder_profile" ("building_id");`);
    this.addSql(`create index "elder_profile_community_id_index" on "elder_profile" ("community_id");`);
    this.addSql(`create index "elder_profile_subdistrict_id_index" on "elder_profile" ("subdistrict_id");`);
    this.addSql(`create index "elder_profile_certification_due_on_index" on "elder_profile" ("certification_due_on");`);

    this.addSql(`create table "home_visit" ("id" uuid not null, "profile_id" uuid not null, "kind" text check ("kind" in ('CERTIFICATION', 'FREE_CLINIC', 'WELFARE_CHECK')) not null, "visited_on" varchar(10) not null, "visitors" varchar(200) not null, "outcome" varchar(1000) not null, "recorded_by" varchar(100) not null, "recorded_at" timestamptz not null, "compound_id" uuid null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "home_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "home_visit_profile_id_index" on "home_visit" ("profile_id");`);
    this.addSql(`create index "home_visit_visited_on_index" on "home_visit" ("visited_on");`);
    this.addSql(`create index "home_visit_community_id_index" on "home_visit" ("community_id");`);
    this.addSql(`create index "home_visit_subdistrict_id_index" on "home_visit" ("subdistrict_id");`);

    this.addSql(`create table "meal_day" ("id" uuid not null, "point_id" uuid not null, "served_on" varchar(10) not null, "ordered" int not null default 0, constraint "meal_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "meal_day" add constraint "meal_day_point_id_served_on_unique" unique ("point_id", "served_on");`);

    this.addSql(`create table "meal_order" ("id" uuid not null, "idempotency_key" varchar(100) not null, "point_id" uuid not null, "profile_id" uuid not null, "resident_id" uuid not null, "dish_id" uuid not null, "served_on" varchar(10) not null, "mode" text check ("mode" in ('DINE_IN', 'PICK_UP')) not null, "normal_price_fen" int not null, "charged_fen" int not null, "subsidy_fen" int not null, "applied_rules" jsonb not null, "status" text check ("status" in ('PLACED', 'CANCELLED')) not null default 'PLACED', "ordered_at" timestamptz not null, "cancelled_at" timestamptz null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "meal_order_pkey" primary key ("id"));`);
    this.addSql(`create index "meal_order_point_id_index" on "meal_order" ("point_id");`);
    this.addSql(`create index "meal_order_profile_id_index" on "meal_order" ("profile_id");`);
    this.addSql(`create index "meal_order_community_id_index" on "meal_order" ("community_id");`);
    this.addSql(`create index "meal_order_subdistrict_id_index" on "meal_order" ("subdistrict_id");`);
    this.addSql(`alter table "meal_order" add constraint "meal_order_point_id_idempotency_key_unique" unique ("point_id", "idempotency_key");`);

    this.addSql(`create table "menu_entry" ("id" uuid not null, "point_id" uuid not null, "served_on" varchar(10) not null, "dish_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "menu_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "menu_entry" add constraint "menu_entry_point_id_served_on_dish_id_unique" unique ("point_id", "served_on", "dish_id");`);

    this.addSql(`create table "service_point" ("id" uuid not null, "name" varchar(100) not null, "kind" text check ("kind" in ('CANTEEN', 'MEAL_POINT', 'DAY_CARE_CENTER', 'ACTIVITY_CENTER', 'HAPPINESS_HOME', 'PARTNER_MERCHANT')) not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "operator" varchar(100) not null, "services" text[] not null, "opening_hours" jsonb not null, "daily_meal_capacity" int not null default 0, "latitude" double precision not null, "longitude" double precision not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "registered_at" timestamptz not null, constraint "service_point_pkey" primary key ("id"));`);
    this.addSql(`create index "service_point_community_id_index" on "service_point" ("community_id");`);
    this.addSql(`create index "service_point_subdistrict_id_index" on "service_point" ("subdistrict_id");`);
    this.addSql(`create index "service_point_kind_latitude_longitude_index" on "service_point" ("kind", "latitude", "longitude");`);
    this.addSql(`alter table "service_point" add constraint "service_point_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "service_point_status_change" ("id" uuid not null, "point_id" uuid not null, "command" text check ("command" in ('REGISTER', 'OPEN', 'CLOSE')) not null, "from_status" text check ("from_status" in ('OPEN', 'CLOSED')) null, "to_status" text check ("to_status" in ('OPEN', 'CLOSED')) not null, "reason" varchar(500) null, "changed_by" varchar(100) not null, "changed_at" timestamptz not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "service_point_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "service_point_status_change_point_id_index" on "service_point_status_change" ("point_id");`);

    this.addSql(`create table "territory" ("id" uuid not null, "level" text check ("level" in ('SUBDISTRICT', 'COMMUNITY', 'COMPOUND', 'BUILDING', 'HOUSEHOLD', 'RESIDENT')) not null, "subdistrict_id" uuid not null, "community_id" uuid null, "compound_id" uuid null, "building_id" uuid null, "household_id" uuid null, "grid_id" uuid null, "latitude" double precision null, "longitude" double precision null, constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_compound_id_index" on "territory" ("compound_id");`);
  }

}
