// @citation-js/plugin-csl ships no type declarations; it is only imported for its side effect (registering '@csl').
declare module '@citation-js/plugin-csl';
