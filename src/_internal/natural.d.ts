// natural's subpath modules ship without type declarations; these are the parts the library uses: the English
// Porter stemmer (porter_stemmer.js) and the Snowball stemmers of other languages (porter_stemmer_de.js, ...).
declare module 'natural/lib/natural/stemmers/porter_stemmer*.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
