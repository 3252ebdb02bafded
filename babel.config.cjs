// Babel serves jest and webpack alike; webpack passes its own targets per entry.
module.exports = (api) => {
  const isTest = api.env("test");
  return {
    presets: [
      ["@babel/preset-env", isTest ? { targets: { node: "current" } } : { bugfixes: true }],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
      ["@babel/preset-react", { runtime: "automatic" }],
    ],
  };
};
