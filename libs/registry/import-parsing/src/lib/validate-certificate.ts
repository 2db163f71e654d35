import { skillLevelOf } from '@bayu/reference';
import { addYears, parseCalendarDate } from './dates';
import { characterCount, isMangledNumber, type RowErrors } from './row-errors';
import type { ImportCertificate } from './types';

const MAX_CERTIFICATE_NUMBER = 64;
const MAX_ISSUING_BODY = 200;
const MIN_HOLDER_AGE = 16;

interface CertificateCells {
  /** undefined when the cell already failed (e.g. garbled); '' when empty. */
  skillLevel: string | undefined;
  certificateNumber: string | undefined;
  issuingBody: string | undefined;
  issueDate: string | undefined;
}

interface Holder {
  /** From a valid ID number; undefined otherwise (the age check is then skipped). */
  birthDate: string | undefined;
  occupation: string;
  /** YYYY-MM-DD, China time. */
  today: string;
}

/** The optional skill certificate of a row: all four cells or none (a skill level needs the other three). */
export function validateCertificate(cells: CertificateCells, holder: Holder, errors: RowErrors): ImportCertificate | undefined {
  const { skillLevel: levelText, certificateNumber, issuingBody, issueDate: dateText } = cells;
  if (!levelText) {
    const stray = (['certificateNumber', 'issuingBody', 'issueDate'] as const).find((f) => cells[f]);
    if (stray && !errors.has('skillLevel')) {
      errors.add(stray, '填写了证书信息但未填写技能等级', 'certificate details need a skill level', cells[stray]);
    }
    return undefined;
  }

  const skillLevel = skillLevelOf(levelText);
  if (!skillLevel) errors.add('skillLevel', '技能等级无法识别（如“高级工”“三级”“3”）', 'unknown skill level (e.g. 高级工, 三级, 3, senior)', levelText);

  if (certificateNumber === '') errors.add('certificateNumber', '填写技能等级时证书编号不能为空', 'a certificate number is required with a skill level');
  else if (certificateNumber !== undefined) {
    if (isMangledNumber(certificateNumber)) {
      errors.add('certificateNumber', '证书编号被Excel存成了数字，后几位已丢失：请将该列设为“文本”格式后重新填写', 'the certificate number was stored as an Excel number and lost digits; format the column as Text', certificateNumber);
    } else if (characterCount(certificateNumber) > MAX_CERTIFICATE_NUMBER || /\s/.test(certificateNumber)) {
      errors.add('certificateNumber', `证书编号不能超过${MAX_CERTIFICATE_NUMBER}个字符，且不能含空格`, `certificate number must be at most ${MAX_CERTIFICATE_NUMBER} characters without spaces`, certificateNumber);
    }
  }

  if (issuingBody === '') errors.add('issuingBody', '填写技能等级时发证机构不能为空', 'an issuing body is required with a skill level');
  else if (issuingBody !== undefined && characterCount(issuingBody) > MAX_ISSUING_BODY) {
    errors.add('issuingBody', `发证机构不能超过${MAX_ISSUING_BODY}个字`, `issuing body is longer than ${MAX_ISSUING_BODY} characters`, issuingBody);
  }

  let issueDate: string | undefined;
  if (dateText === '') errors.add('issueDate', '填写技能等级时发证日期不能为空', 'an issue date is required with a skill level');
  else if (dateText !== undefined) {
    issueDate = parseCalendarDate(dateText);
    if (!issueDate) errors.add('issueDate', '发证日期不是有效日期（如2020-06-30）', 'not a real date (e.g. 2020-06-30)', dateText);
    else if (issueDate > holder.today) errors.add('issueDate', '发证日期不能晚于今天', 'the issue date is in the future', dateText);
    else if (holder.birthDate && issueDate < addYears(holder.birthDate, MIN_HOLDER_AGE)) {
      errors.add('issueDate', `发证日期早于持证人年满${MIN_HOLDER_AGE}周岁`, `the issue date is before the holder turned ${MIN_HOLDER_AGE}`, dateText);
    }
  }

  if (!errors.empty || !skillLevel || !certificateNumber || !issuingBody || !issueDate) return undefined;
  return { skillLevel, certificateNumber, issuingBody, issueDate, occupation: holder.occupation };
}
