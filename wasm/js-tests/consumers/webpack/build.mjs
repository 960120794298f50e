// webpack with its defaults, as `webpack --mode production` would run without
// a config file (entry ./src/index.js, output dist/main.js), through the Node
// API to spare webpack-cli's install. Top-level await in the package is on by
// default since webpack 5.83 (experiments.topLevelAwait).
import webpack from "webpack";

webpack({ mode: "production" }, (error, stats) => {
  if (error) throw error;
  console.log(stats.toString({ colors: false, modules: false }));
  if (stats.hasErrors() || stats.hasWarnings()) process.exitCode = 1;
});
