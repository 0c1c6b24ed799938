import { createServiceApp } from "@ishc/edge-kit";
import auth from "./auth/auth.index";
import clubs from "./clubs/clubs.index";
import meetings from "./meetings/meetings.index";
import members from "./members/members.index";
import orgUnits from "./org-units/org-units.index";
import people from "./people/people.index";
import users from "./users/users.index";

const app = createServiceApp({
  service: "membership",
  title: "ISHC membership service",
  version: "0.1.0",
  description:
    "The org tree (province → commune/ward → club), clubs and their boards, people and memberships, meetings with attendance and health checks, and the accounts that sign in.",
  tags: {
    auth: "Signing in: the access token every service accepts",
    users: "Accounts, each bound to an org unit with one role",
    "org units": "The org tree (province, communes and wards, clubs) with dated renames and moves",
    clubs: "Clubs, their status history, board seats and volunteer duties",
    members: "Who belongs to a club and since when, the CSV member register, and the club's make-up",
    people: "The people on record, searched with or without diacritics",
    meetings: "Club meetings, attendance and health checks",
  },
  bodyLimitBytes: 1024 * 1024,
  routers: [auth, users, orgUnits, clubs, members, people, meetings],
});

export default app;
