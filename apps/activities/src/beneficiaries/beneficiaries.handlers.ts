import { containsPattern, foldVietnamese, newId } from "@ishc/domain";
import { beneficiaries, orgUnits } from "@ishc/domain/schema";
import {
  decodeCursor,
  inScope,
  type RouteHandler,
  requireWriter,
  toPage,
  withinSubtree,
} from "@ishc/edge-kit";
import { orgUnitById, personById } from "@ishc/queries";
import { and, desc, eq, getTableColumns, lt, sql } from "drizzle-orm";
import type * as routes from "./beneficiaries.routes";

export const createBeneficiary: RouteHandler<typeof routes.createBeneficiary> = async (
  ctx,
  { params, body },
) => {
  const { db } = ctx;
  requireWriter(ctx.user, "register beneficiaries");
  const [unitRows, personRows] = await ctx.read(
    orgUnitById(db, params.id),
    personById(db, body.personId ?? "\u0000"),
  );
  const unit = inScope(ctx.user, unitRows, "org unit");
  const person = body.personId ? inScope(ctx.user, personRows, "person") : undefined;
  const fullName = person?.fullName ?? body.fullName!;
  const row = {
    id: body.id ?? newId("beneficiary"),
    orgUnitId: unit.id,
    personId: person?.id ?? null,
    fullName,
    nameSearch: foldVietnamese(fullName),
    sex: person?.sex ?? body.sex!,
    birthYear: person?.birthYear ?? body.birthYear ?? null,
    livesAlone: person ? person.livesAlone : body.livesAlone,
    householdKinds: body.householdKinds,
    createdAt: new Date().toISOString(),
  };
  const { nameSearch: _folded, ...view } = row;
  return ctx.commit(
    [
      db.insert(beneficiaries).values(row),
      ctx.audit({ action: "create", entity: "beneficiary", entityId: row.id, orgUnitId: unit.id }),
    ],
    view,
  );
};

export const listBeneficiaries: RouteHandler<typeof routes.listBeneficiaries> = async (
  { user, db, read },
  { params, query },
) => {
  requireWriter(user, "see beneficiaries by name; viewers see counts in the activity summary");
  const before = decodeCursor(query.cursor);
  const { nameSearch: _folded, ...columns } = getTableColumns(beneficiaries);
  const [unitRows, rows] = await read(
    orgUnitById(db, params.id),
    db
      .select(columns)
      .from(beneficiaries)
      .innerJoin(orgUnits, eq(orgUnits.id, beneficiaries.orgUnitId))
      .where(
        and(
          withinSubtree(orgUnits.path, { org: params.id }),
          before ? lt(beneficiaries.id, before) : undefined,
          query.q ? sql`${beneficiaries.nameSearch} LIKE ${containsPattern(query.q)} ESCAPE '\\'` : undefined,
        ),
      )
      .orderBy(desc(beneficiaries.id))
      .limit(query.limit + 1),
  );
  inScope(user, unitRows, "org unit");
  return toPage(rows, query.limit);
};
