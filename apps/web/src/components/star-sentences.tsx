import type { Evaluation } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { STAR_CHIP, STAR_HIGHLIGHT, STAR_LETTER } from "./star-colors";
import { StarLegend } from "./star-legend";

type Sentence = NonNullable<Evaluation["sentences"]>[number];

/** The candidate's own sentences, each tinted by the STAR part it plays. */
export function StarSentences({ sentences }: { sentences: Sentence[] }) {
  const { t } = useTranslation();
  if (sentences.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="star-sentences">
      <StarLegend />
      <p className="leading-8 text-slate-800">
        {sentences.map((sentence, i) =>
          sentence.part ? (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences are static text in order
              key={i}
              data-star-part={sentence.part}
              className={`mr-1 rounded px-1 py-0.5 text-slate-900 underline decoration-2 underline-offset-4 ${STAR_HIGHLIGHT[sentence.part]}`}
            >
              <span
                className={`mr-1 inline-flex size-4 translate-y-[-1px] items-center justify-center rounded text-[10px] font-bold no-underline ${STAR_CHIP[sentence.part]}`}
              >
                <span aria-hidden="true">{STAR_LETTER[sentence.part]}</span>
                <span className="sr-only">{t(`star.parts.${sentence.part}`)}: </span>
              </span>
              {sentence.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: sentences are static text in order
            <span key={i} className="mr-1 text-slate-600">
              {sentence.text}
            </span>
          ),
        )}
      </p>
    </div>
  );
}
