/**
 * English pet forms that do not begin like the name they stand for ("Bill" for William, "Peggy"
 * for Margaret, "Ted" for Edward, "Sally" for Sarah), curated from common usage in Britain and
 * America. Forms that share the name's opening ("Rob", "Kate", "Liz") are found by shape in
 * recognisers/names.ts and need no entry. Keys and forms are folded (lower case, letters only).
 */
const TABLE: Record<string, string> = {
  william: "bill billy liam",
  robert: "bob bobby bert",
  richard: "dick dickie rick ricky",
  edward: "ted teddy ned",
  edmund: "ted ned",
  theodore: "ted teddy",
  margaret: "peggy maggie meg marge madge greta",
  elizabeth: "betty bess bessie betsy libby lisa",
  katherine: "kate kathy katie kitty kit",
  catherine: "kate kathy katie kitty kit",
  kathleen: "kate kathy katie",
  charles: "chuck chas",
  james: "jim jimmy jamie",
  john: "jack johnny",
  henry: "harry hal hank",
  harold: "hal",
  anthony: "tony",
  antony: "tony",
  susan: "sue suzy",
  patricia: "trish patsy",
  alexander: "sandy xander",
  alexandra: "sandy sandra lexi",
  dorothy: "dot dolly dottie",
  mary: "molly polly mae",
  sarah: "sally sadie",
  ann: "nancy annie",
  anne: "nancy annie",
  christopher: "kit topher",
  rebecca: "becky becca",
  michael: "mick micky",
  lawrence: "larry",
  laurence: "larry",
  jacqueline: "jackie",
  deborah: "debbie deb",
  victoria: "tori vicky",
  penelope: "penny",
  isabel: "izzy bella",
  isabella: "izzy bella",
  eleanor: "nell nellie ellie",
  helen: "nell nellie",
  frances: "fanny",
  francis: "frank frankie",
  joseph: "joe joey",
  josephine: "josie jo",
  nicholas: "nick nicky",
  // The English short form of the name in other languages ("Nikolai", "Nikolaos", "Niklas").
  nikolai: "nick nicky",
  nikolaos: "nick nicky",
  niklas: "nick",
  stephen: "steve stevie",
  steven: "steve stevie",
  jennifer: "jen jenny",
  gregory: "greg",
  abigail: "abby gail",
  augustus: "gus",
  angus: "gus",
  barbara: "babs",
  caroline: "carrie",
  cornelius: "neil",
  honora: "nora",
  jonathan: "jon jonny",
  matilda: "tilly",
  mildred: "millie",
  mortimer: "mort",
  olivia: "liv livvy",
  philippa: "pippa pip",
  rosemary: "rosie",
  veronica: "ronnie",
  wilhelmina: "mina",
  winifred: "winnie",
};

const FORMS = new Map(
  Object.entries(TABLE).map(([name, forms]) => [name, new Set(forms.split(" "))]),
);

/** Whether `form` is a known pet form of `name` (both folded): "bill" of "william". */
export function isPetFormOf(form: string, name: string): boolean {
  return FORMS.get(name)?.has(form) ?? false;
}
