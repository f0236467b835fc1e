// The data of the file explorer simulator: the scenario (the tree of folders and files an
// author writes), the goal (what the final tree must show) and the actions (what the forms
// post). Pure.
import { z } from "zod";
import { nameProblem } from "./names";

/** The place that lists the top-level folders ("Ce PC"), and the bin: two reserved ids. */
export const ROOT = "racine";
export const TRASH = "corbeille";

const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'a date is written "2026-03-12" or "2026-03-12T10:15"');

const itemName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: `"${name}": ${problem}` });
  });

export type FileSpec = {
  /** the file's name, extension included: "facture-mars.pdf" */
  file: string;
  /** the id that goals and actions use; by default the file's path: "Documents/Factures/facture-mars.pdf" */
  id?: string;
  /** size in kilo-octets (1 000 Ko and more is shown in Mo) */
  ko?: number;
  /** last modification, "2026-03-12T10:15" */
  modified?: string;
  /** the type in words when the extension does not say it well: "Document PDF" */
  type?: string;
  /** a file of content/attachments/files/ sent when the learner downloads this file */
  attachment?: string;
  /** the text shown when the file is opened (text files) */
  text?: string;
  /** what the viewer says of a file that is not text (a photo, a PDF…) */
  description?: string;
  /** true: the file is in the bin at the start (it came from the folder where it is written) */
  deleted?: boolean;
};

export type FolderSpec = {
  folder: string;
  id?: string;
  modified?: string;
  deleted?: boolean;
  children?: NodeSpec[];
};

export type NodeSpec = FileSpec | FolderSpec;

const fileSpec: z.ZodType<FileSpec> = z.strictObject({
  file: itemName,
  id: z.string().trim().min(1).max(300).optional(),
  ko: z.number().nonnegative().max(1e9).optional(),
  modified: dateTime.optional(),
  type: z.string().trim().min(1).max(60).optional(),
  attachment: z.string().regex(/^[\w.-]+$/, "an attachment is a file name of content/attachments/files/").optional(),
  text: z.string().max(4000).optional(),
  description: z.string().max(1000).optional(),
  deleted: z.boolean().optional(),
});

const folderSpec: z.ZodType<FolderSpec> = z.lazy(() =>
  z.strictObject({
    folder: itemName,
    id: z.string().trim().min(1).max(300).optional(),
    modified: dateTime.optional(),
    deleted: z.boolean().optional(),
    children: z.array(z.union([fileSpec, folderSpec], { error: "each child is { file: … } or { folder: … }" })).optional(),
  }),
);

function isFolderSpec(n: NodeSpec): n is FolderSpec {
  return "folder" in n;
}

/** Walks the tree of a scenario: each node with its default id (its path) and its parent's id. */
export function walkSpecs(folders: FolderSpec[], visit: (node: NodeSpec, id: string, parent: string, path: string) => void): void {
  const go = (nodes: NodeSpec[], parent: string, parentPath: string) => {
    for (const n of nodes) {
      const name = isFolderSpec(n) ? n.folder : n.file;
      const path = parentPath ? `${parentPath}/${name}` : name;
      const id = n.id ?? path;
      visit(n, id, parent, path);
      if (isFolderSpec(n)) go(n.children ?? [], id, path);
    }
  };
  go(folders, ROOT, "");
}

export { isFolderSpec };

export const scenarioSchema = z
  .strictObject({
    /** the name of the top of the tree: "Ce PC" by default ("Mon espace en ligne"…) */
    rootName: z.string().trim().min(1).max(60).default("Ce PC"),
    /** the folder shown first: its id (by default its path, "Documents"); the top of the tree if absent */
    start: z.string().trim().min(1).max(300).optional(),
    /** "now" in this story: the date given to new folders and renamed items */
    now: dateTime.default("2026-04-15T10:00"),
    /** the top-level folders (Bureau, Documents, Images, Téléchargements…) and what they hold */
    folders: z.array(folderSpec).min(1),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    const folderIds = new Set<string>();
    const namesByParent = new Map<string, Set<string>>();
    walkSpecs(s.folders, (node, id, parent, path) => {
      if (id === ROOT || id === TRASH) ctx.addIssue({ code: "custom", message: `"${id}" is a reserved id: give ${path} another id` });
      if (ids.has(id)) ctx.addIssue({ code: "custom", message: `id "${id}" is used twice` });
      ids.add(id);
      if (isFolderSpec(node)) folderIds.add(id);
      const name = (isFolderSpec(node) ? node.folder : node.file).toLocaleLowerCase("fr");
      const names = namesByParent.get(parent) ?? new Set<string>();
      if (names.has(name) && !node.deleted) ctx.addIssue({ code: "custom", message: `two items are named "${path}"` });
      if (!node.deleted) names.add(name);
      namesByParent.set(parent, names);
    });
    if (s.start !== undefined && s.start !== ROOT && !folderIds.has(s.start))
      ctx.addIssue({ code: "custom", path: ["start"], message: `start "${s.start}" is not the id of a folder` });
  });

export type Scenario = z.output<typeof scenarioSchema>;

/** One path or several accepted paths, folders separated by "/": "Documents/Factures/facture-mars.pdf". */
const pathSpec = z.union([z.string().trim().min(1).max(500), z.array(z.string().trim().min(1).max(500)).min(1)]);
const idList = z.array(z.string().trim().min(1).max(300)).min(1);

export const goalSchema = z
  .strictObject({
    /** items that must be at one of these paths (and out of the bin); `id`: and be that very item */
    exists: z.array(z.strictObject({ path: pathSpec, id: z.string().trim().min(1).max(300).optional() })).min(1).optional(),
    /** paths where nothing may be (the bin does not count) */
    notExists: z.array(z.strictObject({ path: pathSpec })).min(1).optional(),
    /** folders that must exist (a path, or a list of accepted paths) */
    folders: z.array(pathSpec).min(1).optional(),
    /** folders that must hold exactly these names, no more, no fewer */
    folderContents: z.array(z.strictObject({ folder: pathSpec, names: z.array(z.string().trim().min(1).max(200)) })).min(1).optional(),
    /** ids of files the learner must have downloaded / must not have downloaded */
    downloaded: idList.optional(),
    notDownloaded: idList.optional(),
    /** ids of files the learner must have opened / must not have opened */
    opened: idList.optional(),
    notOpened: idList.optional(),
    /** ids of items that must be in the bin */
    deleted: idList.optional(),
  })
  .refine((g) => Object.values(g).some((v) => v !== undefined), "a goal needs at least one check");

export type Goal = z.output<typeof goalSchema>;

const id = z.string().trim().min(1).max(300);
const text = z.string().max(2000);

export const actionSchema = z.discriminatedUnion("op", [
  // Items are named by id: the `id:` of the scenario, else the initial path ("Documents/Banque");
  // the folders the learner creates are "nouveau-1", "nouveau-2"… in the order of creation.
  /** show a folder (from the tree, the address bar or the list); also the top ("racine") and the bin ("corbeille") */
  z.object({ op: z.literal("openFolder"), folder: id }),
  z.object({ op: z.literal("select"), item: id }),
  /** open the item: a folder is shown, a file is opened in the viewer */
  z.object({ op: z.literal("open"), item: id }),
  z.object({ op: z.literal("closeViewer") }),
  z.object({ op: z.literal("renameStart"), item: id }),
  z.object({ op: z.literal("rename"), item: id, name: text, confirm: z.literal("1").optional() }),
  z.object({ op: z.literal("moveStart"), item: id }),
  z.object({ op: z.literal("move"), item: id, dest: id.optional() }),
  z.object({ op: z.literal("newFolderStart") }),
  z.object({ op: z.literal("newFolder"), name: text }),
  z.object({ op: z.literal("cancel") }),
  z.object({ op: z.literal("delete"), item: id }),
  z.object({ op: z.literal("restore"), item: id }),
  z.object({ op: z.literal("search"), q: text }),
  z.object({ op: z.literal("clearSearch") }),
  z.object({ op: z.literal("download"), file: id }),
]);

export type Action = z.output<typeof actionSchema>;
