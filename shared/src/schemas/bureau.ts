/**
 * The bureau as data (政府信息公开条例 art. 12): who it is, its 统一社会信用代码 (the first part of
 * every 索引号), its offices, the disclosure office residents apply to, and whom a reply's remedies
 * name. An admin edits it; the disclosure guide, the catalogue, guide imports, replies and the annual
 * report read it, so a bureau other than the demo one needs no change of code.
 */

/** One office (科室/大队): the id is what items and subscriptions store, the rest what residents see. */
export interface OfficeProfile {
  /** Lower-case letters, digits and hyphens; never changes once items use it. */
  id: string;
  name: string;
  address: string;
  hours: string;
  phone: string;
}

/** The office that handles disclosure (政府信息公开工作机构), as the guide states it. */
export interface DisclosureOfficeProfile {
  name: string;
  address: string;
  postcode: string;
  hours: string;
  phone: string;
  fax: string;
  /** Online contact: an e-mail address or a web form's address. */
  online: string;
}

export interface BureauProfile {
  /** The bureau's full name, e.g. 某市公安局某某分局. */
  name: string;
  /** 统一社会信用代码: 18 characters. */
  creditCode: string;
  /**
   * How an index number is written: `{creditCode}`, `{year}`, `{month}` (two digits) and `{seq}`
   * (the year's sequence, zero-padded to 5 digits) are replaced. Default DEFAULT_INDEX_FORMAT.
   */
  indexFormat: string;
  offices: OfficeProfile[];
  disclosureOffice: DisclosureOfficeProfile;
  /** Whom a refusal's remedies name (art. 51): the 行政复议机关 and the 人民法院. */
  remedies: { reviewOrgan: string; court: string };
  /** When an admin last saved it (ISO); absent before the first save. */
  updatedAt?: string;
}

export const DEFAULT_INDEX_FORMAT = '{creditCode}/{year}-{seq}';
