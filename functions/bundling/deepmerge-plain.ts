// What the Lambda bundles get for `deepmerge-ts` (infra/service-function.ts aliases the package here). html-to-text
// merges its default options with ours through two `deepmergeCustom` mergers, once per converter it compiles; the
// package's ~6 KB serve many more kinds of value (Sets, Maps, cyclic references, merging into a target). Options are
// plain data: records, arrays, functions and primitives. Here they merge as deepmerge-ts merges them: records key by
// key, arrays by the given `mergeArrays` (by default one after the other), anything else (or values of different
// kinds) to the last value; undefined values dropped unless `filterValues` is false; the metadata updater told each
// key. test/unit/deepmerge-plain.test.ts converts pages with html-to-text bundled both ways and compares the text.

type Meta = unknown;
interface MetaInfo {
  key: PropertyKey;
  parents: readonly unknown[];
}
interface MergeOptions {
  filterValues?: false;
  mergeArrays?: (values: unknown[][], utils: unknown, meta: Meta) => unknown;
  metaDataUpdater?: (previous: Meta, info: MetaInfo) => Meta;
}

const isRecord = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};

export function deepmergeCustom(options: MergeOptions = {}) {
  const mergeArrays = options.mergeArrays ?? ((values: unknown[][]) => values.flat(1));
  const update = options.metaDataUpdater ?? (() => undefined);

  const merge = (all: unknown[], meta: Meta): unknown => {
    const values = options.filterValues === false ? all : all.filter((v) => v !== undefined);
    if (values.length <= 1) return values[0];
    if (values.every(Array.isArray)) return mergeArrays(values as unknown[][], undefined, meta);
    if (!values.every(isRecord)) return values.at(-1);
    const result: Record<PropertyKey, unknown> = {};
    const keys = new Set(values.flatMap((v) => Object.keys(v)));
    for (const key of keys) {
      const own = values.filter((v) => Object.prototype.propertyIsEnumerable.call(v, key)).map((v) => v[key]);
      // "__proto__" as an own key, never the prototype.
      Object.defineProperty(result, key, {
        value: merge(own, update(meta, { key, parents: values })),
        configurable: true,
        enumerable: true,
        writable: true,
      });
    }
    return result;
  };

  return (...objects: unknown[]): unknown => merge(objects, undefined);
}
