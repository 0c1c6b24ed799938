CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`organiser_id` text NOT NULL,
	`organiser_level` text NOT NULL,
	`area` text NOT NULL,
	`type_code` text NOT NULL,
	`catalogue_version` integer NOT NULL,
	`title` text,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`place` text,
	`purpose` text,
	`sessions` integer,
	`minutes` integer,
	`participant_count` integer,
	`money_vnd` integer,
	`goods_vnd` integer,
	`people_reached` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`organiser_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activities_dates" CHECK(ends_on >= starts_on),
	CONSTRAINT "activities_measures_not_negative" CHECK(coalesce(sessions, 0) >= 0 AND coalesce(minutes, 0) >= 0 AND coalesce(participant_count, 0) >= 0
        AND coalesce(money_vnd, 0) >= 0 AND coalesce(goods_vnd, 0) >= 0 AND coalesce(people_reached, 0) >= 0)
);
--> statement-breakpoint
CREATE INDEX `activities_organiser_idx` ON `activities` (`organiser_id`,`starts_on`);--> statement-breakpoint
CREATE INDEX `activities_starts_idx` ON `activities` (`starts_on`,`area`);--> statement-breakpoint
CREATE INDEX `activities_type_idx` ON `activities` (`type_code`,`starts_on`);--> statement-breakpoint
CREATE TABLE `activity_beneficiaries` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`beneficiary_id` text,
	`person_id` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiaries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activity_beneficiaries_someone" CHECK(beneficiary_id IS NOT NULL OR person_id IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `activity_beneficiaries_activity_idx` ON `activity_beneficiaries` (`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_beneficiaries_beneficiary_idx` ON `activity_beneficiaries` (`beneficiary_id`);--> statement-breakpoint
CREATE INDEX `activity_beneficiaries_person_idx` ON `activity_beneficiaries` (`person_id`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`activity_id` text NOT NULL,
	`person_id` text NOT NULL,
	`club_id` text NOT NULL,
	`labour_half_days` integer,
	`minutes` integer,
	PRIMARY KEY(`activity_id`, `person_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activity_participants_measures" CHECK(coalesce(labour_half_days, 0) >= 0 AND coalesce(minutes, 0) >= 0)
);
--> statement-breakpoint
CREATE INDEX `activity_participants_person_idx` ON `activity_participants` (`person_id`);--> statement-breakpoint
CREATE TABLE `beneficiaries` (
	`id` text PRIMARY KEY NOT NULL,
	`org_unit_id` text NOT NULL,
	`person_id` text,
	`full_name` text NOT NULL,
	`name_search` text NOT NULL,
	`sex` text NOT NULL,
	`birth_year` integer,
	`lives_alone` integer NOT NULL,
	`household_kinds` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `beneficiaries_org_unit_idx` ON `beneficiaries` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `beneficiaries_name_search_idx` ON `beneficiaries` (`name_search`);--> statement-breakpoint
CREATE INDEX `beneficiaries_person_idx` ON `beneficiaries` (`person_id`);--> statement-breakpoint
CREATE TABLE `communications` (
	`activity_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`outlet` text NOT NULL,
	`outlet_name` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `home_care_visits` (
	`activity_id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`visitor_person_id` text NOT NULL,
	`services` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visitor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `home_care_visits_visitor_idx` ON `home_care_visits` (`visitor_person_id`);--> statement-breakpoint
CREATE TABLE `training_trainees` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`person_id` text,
	`club_id` text,
	`staff_name` text,
	`staff_role` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "training_trainees_who" CHECK((person_id IS NOT NULL AND club_id IS NOT NULL AND staff_name IS NULL)
        OR (person_id IS NULL AND club_id IS NULL AND staff_name IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `training_trainees_activity_idx` ON `training_trainees` (`activity_id`);