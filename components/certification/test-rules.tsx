/** The rules of the test, in plain words, shown before "Commencer mon test". */
export function TestRules({ minutes, extraTimePercent, questionCount }: { minutes: number; extraTimePercent: number; questionCount: number }) {
  return (
    <section aria-labelledby="regles" className="flex flex-col gap-3">
      <h2 id="regles" className="text-2xl">
        Les règles du test
      </h2>
      <ul className="flex list-disc flex-col gap-2 pl-6">
        <li>
          Vous avez <strong>{minutes} minutes</strong> pour répondre aux {questionCount} questions
          {extraTimePercent > 0 ? ` (temps majoré de ${extraTimePercent} % compris)` : ""}. Le temps compte dès que vous cliquez sur « Commencer mon test ». À la fin du temps, les
          questions sans réponse comptent comme fausses.
        </li>
        <li>Vous ne verrez pas les bonnes réponses : vos résultats seront publiés après vérification par l&apos;équipe Pix.</li>
        <li>Il n&apos;y a pas de tutoriels pendant le test, et vous ne pouvez pas revenir à une question déjà répondue.</li>
        <li>« Je passe » est possible, mais la question compte alors comme fausse.</li>
        <li>
          Certaines questions sont des questions « focus » : vous serez prévenu avant chacune d&apos;elles. Pendant une question focus, si vous quittez la page (autre
          onglet, autre fenêtre, autre application), la question compte comme fausse.
        </li>
        <li>En cas de problème (ordinateur, connexion, question), levez la main : votre surveillant vous aidera.</li>
      </ul>
    </section>
  );
}
