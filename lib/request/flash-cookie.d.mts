export declare const FLASH_COOKIE: "kinship-flash";
