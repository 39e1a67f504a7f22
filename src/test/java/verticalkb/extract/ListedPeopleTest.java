package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import verticalkb.extract.Extraction.PersonMention;

class ListedPeopleTest {

  @Test
  void cardsWithANameAndATitleBecomeListedPeople() {
    String html = """
        <html><head><title>Our speakers</title></head><body><h1>Speakers</h1><div class="grid">
        <div class="speaker"><h3><a href="/people/jane-doe">Jane Doe</a></h3><p>Chief Medical Officer, Acme Health</p></div>
        <div class="speaker"><h3><a href="/people/john-smith">Dr John Smith</a></h3><p>Director at Regional Institute</p></div>
        <div class="speaker"><h3>Ana María López</h3><p class="role">Head of Nursing</p><p class="org">Valley Hospital</p></div>
        <div class="speaker"><h3>Wei Zhang</h3><p>Data Scientist</p></div>
        </div></body></html>
        """;
    Extraction x = ListedEventsTest.html("https://conf.example.org/speakers", html);
    assertThat(x.people()).containsExactly(
        new PersonMention("Jane Doe", "Chief Medical Officer", "Acme Health", null,
            URI.create("https://conf.example.org/people/jane-doe"), "listed"),
        new PersonMention("John Smith", "Director", "Regional Institute", null,
            URI.create("https://conf.example.org/people/john-smith"), "listed"),
        new PersonMention("Ana María López", "Head of Nursing", "Valley Hospital", null, null, "listed"),
        new PersonMention("Wei Zhang", "Data Scientist", null, null, null, "listed"));
    assertThat(x.type()).isEqualTo("people");
  }

  @Test
  void headlineTeasersAndPlainNameListsAreNotPeople() {
    String html = """
        <html><head><title>News</title></head><body>
        <div class="teaser"><h3><a href="/a">Clinic Budgets Rise</a></h3><p>12 March 2025</p></div>
        <div class="teaser"><h3><a href="/b">Nurses Vote Again</a></h3><p>By Jane Doe</p></div>
        <div class="teaser"><h3><a href="/c">Acme Health Group</a></h3><p>Read more</p></div>
        <ul class="staff"><li><a href="/x">Jane Doe</a></li><li><a href="/y">John Smith</a></li><li><a href="/z">Wei Zhang</a></li></ul>
        </body></html>
        """;
    assertThat(ListedEventsTest.html("https://news.example.org/", html).people()).isEmpty();
  }
}
