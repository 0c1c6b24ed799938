/**
 * The pages loaded on demand, in one chunk: the first load holds the shell, sign-in, home and a
 * club; the rest comes with the first of them opened. One chunk rather than one per page, because
 * esbuild splits the code pages share by which pages use it, and per-page chunks cut the shared
 * code into many small files that the first load would also have to fetch.
 */
export { ActivityList, RecordActivity } from "./activities";
export { Funds } from "./funds";
export { Import } from "./import";
export { Loan } from "./loan";
export { Meeting } from "./meeting";
export { MeetingDetail, MeetingList } from "./meetings";
export { AddMember, EditPerson } from "./member";
export { Report } from "./report";
export { OrgTree } from "./tree";
