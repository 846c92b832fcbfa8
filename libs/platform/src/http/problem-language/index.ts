export { DEFAULT_PROBLEM_LANGUAGE, preferredLanguage, type ProblemLanguage } from './accept-language';
export { PROBLEMS_ID, problemForReader, problemInLanguage } from './problem-in-language';
export { fieldMessageId } from './field-messages';
