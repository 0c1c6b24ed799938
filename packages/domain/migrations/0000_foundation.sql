CREATE TABLE `attendance` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_pk` ON `attendance` (`meeting_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `attendance_person_idx` ON `attendance` (`person_id`);--> statement-breakpoint
CREATE TABLE `club_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "club_roles_term" CHECK(ends_on IS NULL OR ends_on >= starts_on)
);
--> statement-breakpoint
CREATE INDEX `club_roles_club_idx` ON `club_roles` (`club_id`,`role`);--> statement-breakpoint
CREATE UNIQUE INDEX `club_roles_one_open_per_person_role` ON `club_roles` (`club_id`,`person_id`,`role`) WHERE ends_on IS NULL;--> statement-breakpoint
CREATE TABLE `club_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`status` text NOT NULL,
	`effective_from` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_status_history_club_idx` ON `club_status_history` (`club_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `clubs` (
	`id` text PRIMARY KEY NOT NULL,
	`founded_on` text NOT NULL,
	`status` text NOT NULL,
	`status_since` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clubs_status_idx` ON `clubs` (`status`);--> statement-breakpoint
CREATE TABLE `health_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`systolic` integer,
	`diastolic` integer,
	`weight_grams` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "health_checks_some_measure" CHECK(systolic IS NOT NULL OR weight_grams IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `health_checks_one_per_meeting` ON `health_checks` (`meeting_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`held_on` text NOT NULL,
	`topic` text NOT NULL,
	`notes` text,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_club_idx` ON `meetings` (`club_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`club_id` text NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	`leave_reason` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_leave_after_join" CHECK(left_on IS NULL OR left_on >= joined_on)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_one_active` ON `memberships` (`person_id`,`club_id`) WHERE left_on IS NULL;--> statement-breakpoint
CREATE INDEX `memberships_club_idx` ON `memberships` (`club_id`,`joined_on`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` text,
	`service` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`org_unit_id` text,
	`request_id` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_org_idx` ON `audit_log` (`org_unit_id`,`at`);--> statement-breakpoint
CREATE TABLE `org_unit_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_unit_id` text NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`reason` text,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "org_unit_versions_valid_range" CHECK(valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE INDEX `org_unit_versions_unit_idx` ON `org_unit_versions` (`org_unit_id`,`valid_from`);--> statement-breakpoint
CREATE UNIQUE INDEX `org_unit_versions_one_current` ON `org_unit_versions` (`org_unit_id`) WHERE valid_to IS NULL;--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_search` text NOT NULL,
	`code` text,
	`parent_id` text,
	`path` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_path_unique` ON `org_units` (`path`);--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_code_unique` ON `org_units` (`code`);--> statement-breakpoint
CREATE INDEX `org_units_parent_idx` ON `org_units` (`parent_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`org_unit_id` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);--> statement-breakpoint
CREATE INDEX `users_org_unit_idx` ON `users` (`org_unit_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`org_unit_id` text NOT NULL,
	`full_name` text NOT NULL,
	`name_search` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text,
	`birth_year` integer NOT NULL,
	`ethnicity` text,
	`poverty_status` text NOT NULL,
	`poverty_certified_year` integer,
	`lives_alone` integer NOT NULL,
	`phone` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_birth_year_matches_date" CHECK(birth_date IS NULL OR CAST(substr(birth_date, 1, 4) AS INTEGER) = birth_year)
);
--> statement-breakpoint
CREATE INDEX `people_org_unit_idx` ON `people` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `people_name_search_idx` ON `people` (`name_search`);