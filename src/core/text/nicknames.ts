/**
 * Short forms and nicknames of given names, so name-spelling can tell "Bill" or "Will" written
 * to a William who asked to be called William. Written from common English usage (and the
 * usual English short forms of some European names): each line is the formal name with its
 * spelling variants, then the forms people make of it. A short form shared by several names
 * ("Chris" of Christopher and Christine, "Alex") belongs to each of them.
 *
 * Only forms that are really used as names are listed, so a client's own name is never read as
 * a nickname of another (Dan/Daniel yes, Ann/Anna no: those are names in their own right).
 */
const TABLE = `
Abigail: Abby Abbie Abi Gail
Adrian: Ade
Alan Allan Allen:
Albert: Al Bert Bertie
Alexander Aleksander Alexandre Alessandro: Alex Alec Al Sandy Xander Lex Sasha Olek
Alexandra Aleksandra Alexandria: Alex Alexa Lexi Lexie Sandra Sandy Sasha Ola
Alfred: Alf Alfie Fred Freddie
Amanda: Mandy Manda
Andrew Andreas: Andy Drew
Angela: Angie
Anthony Antony Antonio: Tony Ant
Archibald: Archie
Arthur: Art Artie
Augustus Augustine: Gus
Barbara: Barb Babs Barbie
Bartholomew: Bart Barty
Beatrice Beatrix: Bea Trixie
Benjamin: Ben Benny Benji
Bernard: Bernie
Bradley: Brad
Brian Bryan:
Caroline Carolyn: Carrie Caro
Catherine Katherine Kathryn Katharine Catharine: Kate Katie Katy Kathy Kath Cathy Cath Kat Cat Kitty Kay
Catriona: Cat Triona
Charles: Charlie Chas Chaz Chuck
Charlotte: Charlie Lottie Lotte
Christian: Chris
Christina Christine Kristina Kristine: Chris Chrissie Chrissy Tina Kris
Christopher Kristopher: Chris Kit Topher Kris
Kathleen: Kath Kathy Kay
Claire Clare:
Clifford: Cliff
Cynthia: Cindy
Daniel: Dan Danny
Danielle Daniela: Dani
David: Dave Davy Davey
Deborah Debra: Deb Debbie Debs
Dennis: Den
Dimitri Dmitri Dmitry Dmitrii: Dima Mitya
Dominic Dominik: Dom
Donald: Don Donny
Dorothy: Dot Dottie Dolly
Douglas: Doug Dougie
Edmund: Ed Eddie Ned
Edward: Ed Eddie Ned Ted Teddy
Edwin: Ed Eddie
Eleanor Elinor Eleanora: Ellie Nell Nellie Nora Elle
Elizabeth Elisabeth Elisabetta: Liz Lizzie Lizzy Beth Betty Bet Betsy Bess Bessie Eliza Libby Lisa Elsie Elise
Emily: Em Emmy
Emma: Em
Eugene: Gene
Frances Francesca: Fran Frankie Fanny
Francis Francesco Francisco: Frank Frankie Fran Cesco Paco
Frederick Frederic Friedrich: Fred Freddie Freddy Fritz
Gabriel: Gabe
Gabrielle Gabriella: Gabby Gabi Elle
Geoffrey Jeffrey: Geoff Jeff
Gerald: Gerry Jerry
Graham Graeme Grahame:
Gregory: Greg
Harold: Harry Hal
Harriet: Hattie
Henry: Harry Hal Hank
Ian Iain:
Isabel Isabella Isabelle Isobel: Bella Izzy Isa Belle
Jacob: Jake
Jacqueline: Jackie Jacqui
James: Jim Jimmy Jamie Jem
Jennifer: Jen Jenny Jenn
Jessica: Jess Jessie
Joanna Joanne: Jo
John: Jack Johnny
Jonathan: Jon Jonny Jonnie Johnny
Joseph Josef: Joe Joey Sepp
Josephine: Jo Josie
Joshua: Josh
Judith: Judy Jude
Kenneth: Ken Kenny
Kimberly Kimberley: Kim
Lawrence Laurence: Larry Laurie
Leonard: Len Lenny Leo
Leslie: Les
Lindsay Lindsey:
Louise Louisa: Lou
Łukasz Lukas: Luke
Madeleine Madeline: Maddie Maddy
Małgorzata: Gosia
Margaret Margarethe Margarete Margaretha Marguerite: Maggie Meg Peggy Peg Marge Margie Mags Greta Gretchen Madge Daisy Rita Maisie
Marisol: Mari Sol
Matthew Matthias: Matt Matty
Maximilian: Max Maxi
Maxwell: Max
Michael: Mike Mick Micky Mickey Mikey
Michelle: Shelly
Nathaniel: Nate Nat Nathan
Nathan: Nate Nat
Neil Neal:
Nicholas Nicolas Nikolaus: Nick Nicky Nico Klaus
Nicola Nicole: Nicky Nikki
Oliver: Ollie
Pamela: Pam
Patricia: Pat Patty Trish Tricia
Patrick: Pat Paddy
Penelope: Penny
Peter: Pete
Philip Phillip: Phil Pip
Rachel Rachael:
Rebecca: Becky Becca Bex
Richard: Rick Ricky Rich Richie Dick
Robert: Rob Robbie Robby Bob Bobby Bert Rab
Ronald: Ron Ronnie
Rosemary: Rose Rosie
Samantha: Sam Sammy
Samuel: Sam Sammy
Sarah Sara:
Sean Shaun Shawn:
Sebastian: Seb
Stanley: Stan
Stephanie: Steph
Stephen Steven: Steve Stevie
Stuart Stewart: Stu
Susan: Sue Susie Suzy Sukie
Suzanne Susanna Susannah: Sue Susie Suzy Sukie
Terence: Terry
Teresa Theresa: Tess Tessa Terri
Teodora Theodora: Teddy Dora Thea
Theodore: Ted Teddy Theo
Thomas: Tom Tommy
Timothy: Tim Timmy
Valerie: Val
Victoria: Vicky Vicki Tori
Vincent: Vince Vinny
Walter: Walt Wally
William Wilhelm Willem: Will Bill Billy Willie Willy Liam
Zachary: Zach Zack
`;

/** Forms that are also ordinary English words: as a name they need a name's context. */
const COMMON_WORDS = new Set(
  (
    "will bill rob bob pat sue mark frank grace hope joy may rose drew chase kit nick ray don art " +
    "jack max gene dick peg jan val penny kitty candy sandy rusty bud chip sol cat dot lex " +
    "chuck hank pip rich dawn faith june april august ivy iris holly heather amber ruby pearl " +
    "daisy violet summer sunny rocky bunny dolly poppy bert jerry mike gus den bea belle lou"
  ).split(" "),
);

interface Family {
  /** Short forms and nicknames. */
  short: Set<string>;
  /** Other spellings of the same formal name (Catherine for Katherine). */
  spellings: Set<string>;
}

/** folded formal name -> its family. */
let families: Map<string, Family> | undefined;

function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase();
}

function familyIndex(): Map<string, Family> {
  if (families) return families;
  const index = new Map<string, Family>();
  for (const line of TABLE.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const formal = line.slice(0, colon).split(/\s+/).filter(Boolean).map(fold);
    const short = line
      .slice(colon + 1)
      .split(/\s+/)
      .filter(Boolean)
      .map(fold);
    for (const name of formal) {
      const family = index.get(name) ?? { short: new Set<string>(), spellings: new Set<string>() };
      for (const s of short) if (s !== name) family.short.add(s);
      for (const f of formal) if (f !== name) family.spellings.add(f);
      index.set(name, family);
    }
  }
  families = index;
  return index;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The short forms and nicknames of a formal given name, folded ("William" → will, bill, billy,
 * …). A short form has none of its own: its siblings ("Kate"/"Katie") may each be someone's real
 * name.
 */
export function nicknamesOf(name: string): ReadonlySet<string> {
  return familyIndex().get(fold(name))?.short ?? EMPTY;
}

/** Other spellings of the same formal name, folded ("Katherine" → catherine, kathryn, …). */
export function otherSpellingsOf(name: string): ReadonlySet<string> {
  return familyIndex().get(fold(name))?.spellings ?? EMPTY;
}

/** Whether a name form is also an everyday English word ("Will", "Bill", "Grace"). */
export function isCommonWordName(name: string): boolean {
  return COMMON_WORDS.has(fold(name));
}

let forms: Set<string> | undefined;

/** Round 18: whether a word is a given name of the table, formal or short ("Amanda", "mandy"). */
export function isGivenNameForm(name: string): boolean {
  if (!forms) {
    forms = new Set();
    for (const [formal, family] of familyIndex()) {
      forms.add(formal);
      for (const s of family.short) forms.add(s);
    }
  }
  return forms.has(fold(name));
}
