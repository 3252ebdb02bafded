/**
 * Imported first by the playground entry: the stand-in `Office` must exist before the
 * launch-event module loads, because that module registers its handlers with
 * Office.actions.associate as it is evaluated.
 */
import { ComposeModel } from "./compose-model";
import { createOfficeStandin, installOfficeStandin } from "./office-standin";

export const composeModel = new ComposeModel();

function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the stand-in keeps values in memory
  }
}

export const officeStandin = createOfficeStandin({ model: composeModel, storage: pageStorage() });
installOfficeStandin(officeStandin);
