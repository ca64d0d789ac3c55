export { DOWNLOAD_DEFAULTS, downloadImages, type DownloadLimits, type ImageResult } from './downloads.js';
export { localImageUrl } from './local-url.js';
export { postImages, type PostImages } from './post-images.js';
export { imagesReport } from './report.js';
