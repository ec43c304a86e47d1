export { type Built, buildArticle } from "./article.js";
export { parseByline } from "./byline.js";
export { readDateline } from "./dateline.js";
export { assignHeadline, type Headline } from "./headline.js";
export { readJumpLine, splitJumpAtEnd, splitJumpAtStart } from "./jump.js";
export { pageNumber } from "./numbers.js";
