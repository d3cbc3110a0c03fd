import type { Names } from "../../naming.js";
import type { ResolvedTypesOptions } from "../../options.js";

/** The names of one model's client types (besides its row and delegate, named by `createNames`). */
export interface ModelClientNames {
  readonly shape: string;
  readonly select: string;
  readonly include: string;
  readonly where: string;
  readonly unique: string;
  readonly orderBy: string;
  readonly create: string;
  readonly update: string;
}

/**
 * Names of the client types per model (`UserShape`, `UserSelect`, `UserInclusion`, `UserFilter`,
 * `UserUniqueFilter`, `UserOrderBy`, `UserCreateData`, `UserUpdateData`), each taking a trailing `_` until it
 * collides with no name `createNames` gave out. Generic helpers start with `$`, which no Prisma name can.
 */
export function createClientNames(names: Names, options: ResolvedTypesOptions): ReadonlyMap<string, ModelClientNames> {
  const taken = new Set<string>([
    ...names.enums.values(),
    ...names.compositeTypes.values(),
    ...Object.values(names.helpers),
    ...[...names.models.values()].flatMap((own) => Object.values(own) as string[]),
  ]);
  const claim = (wanted: string) => {
    let name = `${options.typePrefix}${wanted}${options.typeSuffix}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  };
  const result = new Map<string, ModelClientNames>();
  for (const model of names.models.keys()) {
    result.set(model, {
      shape: claim(`${model}Shape`),
      select: claim(`${model}Select`),
      include: claim(`${model}Inclusion`),
      where: claim(`${model}Filter`),
      unique: claim(`${model}UniqueFilter`),
      orderBy: claim(`${model}OrderBy`),
      create: claim(`${model}CreateData`),
      update: claim(`${model}UpdateData`),
    });
  }
  return result;
}
