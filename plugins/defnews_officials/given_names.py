"""Common given names of the countries defense-industry news is about.

A capitalised pair such as ``Taras Melnyk`` is taken for a person without any title only when
its first word is one of these names. Names that are also ordinary English words or places
(``May``, ``Will``, ``Grant``, ``Jordan``, ``Georgia``, ``Florence``) are left out on purpose.
Transliteration variants are listed side by side (``Oleksii``/``Oleksiy``/``Oleksij``).
"""

from __future__ import annotations

__all__ = ["GIVEN_NAMES"]

_UKRAINIAN_RUSSIAN = """
Volodymyr Vladimir Oleksandr Olexandr Oleksander Aleksandr Alexander Alexandr Oleksii Oleksiy
Oleksij Olexiy Alexei Alexey Aleksei Aleksey Andrii Andriy Andrij Andrei Andrey Ivan Ivanna
Taras Oksana Iryna Irina Olena Elena Yelena Petro Pyotr Petr Mykola Nikolai Nikolay Mykhailo
Mykhaylo Mikhail Serhii Serhiy Sergii Sergiy Sergei Sergey Yurii Yuriy Yuri Yury Dmytro
Dmitry Dmitri Dmitriy Denys Denis Vitalii Vitaliy Vitaly Viktor Victor Vasyl Vasily Vasiliy
Bohdan Bogdan Roman Ruslan Rustem Maksym Maxim Maksim Danylo Danilo Daniil Larysa Larisa
Kateryna Ekaterina Yekaterina Nataliia Natalia Nataliya Natalya Yulia Yuliia Yuliya Tetiana
Tetyana Tatiana Tatyana Hanna Ganna Olha Olga Svitlana Svetlana Liudmyla Lyudmyla Ludmila
Lyudmila Halyna Galina Mariia Mariya Maryna Marina Oleh Oleg Ihor Igor Yaroslav Yaroslava
Valerii Valeriy Valery Valeriia Anatolii Anatoliy Anatoly Herman Kyrylo Kirill Artem Artyom
Pavlo Pavel Stepan Vadym Vadim Yevhen Yevgeny Evgeny Yevheniia Yevgenia Arsen Fedir Fyodor
Hryhorii Grigory Zakhar Nazar Ostap Orest Lesia Solomiia Inna Alla Anastasiia Anastasia
Viktoriia Viktoria Daria Dariia Kostiantyn Konstantin Kostyantyn Mykyta Nikita Yehor Yegor
Illia Ilya Vsevolod Sviatoslav Svyatoslav Volodymyra Tymofii Timofey Borys Boris Leonid
Gennadiy Hennadii Hennadiy Heorhii Georgiy Georgy Eduard Emil Arseniy Arsenii Ramzan Sergiy
Semen Semyon Yakiv Yakov Ilarion Myroslav Myroslava Zoriana Uliana Ulyana Khrystyna Kristina
Veronika Liliia Lilia Raisa Zinaida Nadiia Nadezhda Lubov Liubov Vira Vera Marta Ivanka
Rostyslav Rostislav Stanislav Oleksandra Aleksandra Alexandra Andriana Sofiia Sofiya Sofia
"""

_ENGLISH = """
John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Antony Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George
Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott
Brandon Benjamin Samuel Gregory Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Adam
Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger
Noah Gerald Carl Terry Sean Arthur Lawrence Jesse Dylan Bryan Joe Billy Bruce Albert Gabriel
Logan Alan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda
Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth
Maria Heather Diane Julie Joyce Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean
Alice Abigail Julia Judy Denise Danielle Theresa Sophia Marie Diana Natalie Isabella
Charlotte Fiona Kate Katie Lucy Sophie Claire Jane Sally Alison Gillian Harriet Priti Rishi
Keir Liz Yvette Ben Tony Chris Mike Jim Tom Bob Dan Dave Steve Nick Matt Pete Rob Jake Tim
Jeremy Nigel Alastair Alistair Gavin Hamish Angus Iain Ian Duncan Malcolm Neil Graham
Lloyd Kurt Kathleen Marco Lindsey Chuck Mitch Kamala Hillary Condoleezza Colin Madeleine
Jared Ivanka Elon Sam Lara Melania Hunter Jill Marcus Lindsay Rand Ted
"""

_EUROPEAN = """
Hans Klaus Jürgen Juergen Wolfgang Armin Olaf Friedrich Annalena Ursula Markus Stefan
Andreas Uwe Dirk Jörg Joerg Matthias Sebastian Tobias Florian Johann Johannes Lars Jens Sven
Karl Heinz Helmut Gerhard Horst Dieter Manfred Sabine Petra Claudia Katrin Anja Annegret
Christoph Carsten Torsten Thorsten Rainer Reinhard Bernd Norbert Ulrich Volker Werner
Marie-Agnes Agnes Eva Kristina Nils Niels Henning Hendrik Oliver Roderich Siegfried
Boris Jean Pierre Michel Philippe Alain Nicolas François Francois Emmanuel Sébastien
Sebastien Stéphane Stephane Marine Éric Thierry Bruno Gérard Gerard Jacques Christophe
Olivier Laurent Patrice Yves Benoît Benoit Julien Mathieu Guillaume Antoine Hervé Herve
Agnès Sylvie Isabelle Nathalie Valérie Valerie Sandrine Céline Celine Gabriel Édouard
Edouard Élisabeth Elisabeth Ségolène Segolene Manuel Rachida Jean-Yves Jean-Noël Jean-Noel
Jean-Claude Jean-Pierre Jean-Luc Jean-Marc Jean-Louis Marie-Claude Josep José Jose
Carlos Miguel Juan Pedro Pablo Javier Luis Margarita Pilar Teresa Mariano Felipe Alberto
Giorgia Guido Antonio Mario Luigi Lorenzo Giuseppe Matteo Paolo Francesco Sergio Enrico
Roberto Giovanni Alessandro Federica Silvio Romano Carlo Raffaele Fabio Stefano Massimo
Andrzej Władysław Wladyslaw Radosław Radoslaw Mariusz Mateusz Tomasz Piotr Paweł Pawel
Krzysztof Marek Jakub Jan Karol Marcin Michał Michal Katarzyna Agnieszka Małgorzata
Malgorzata Joanna Magdalena Zbigniew Jarosław Jaroslaw Bartosz Grzegorz Łukasz Lukasz
Wojciech Kamil Cezary Szymon Beata Ewa Dorota Jacek Janusz Lech Bronisław Bronislaw Witold
Søren Soren Troels Mette Morten Jakob Ulf Pål Pal Jonas Espen Bjørn Bjorn Tore Magnus Henrik
Anders Erik Ole Kristian Kristjan Kaja Hanno Margus Pekka Antti Sauli Sanna Petteri Jussi
Mikko Elina Ingrida Gitanas Dovilė Dovile Laurynas Arvydas Gabrielius Kęstutis Kestutis
Edgars Krišjānis Krisjanis Artis Andris Darius Tomas Aivaras Vilius Rimantas Raimundas
Jaan Kersti Urmas Indrek Toomas Kalev Rasmus Mads Frederik Anne Lotte Ingrid Per Stig
Jonas Gunnar Kjell Ola Erna Jonatan Pål Micael Magdalena Ebba Carl-Oskar Tobias Aino Juha
Jyrki Timo Tuomas Heikki Jukka Matti Alexus Tanja Karin Birgitta Kjersti Torbjørn Torbjorn
Hakan Recep Haluk Selçuk Selcuk Ismail İsmail Mehmet Ahmet Yaşar Yasar Hulusi Mevlüt
Mevlut Viktor Péter Peter Zoltán Zoltan Robert Andrej Igor Zuzana Petr Jiří Jiri Pavel
Martin Lukáš Lukas Jana Tomáš Jaroslav Bohuslav Miloš Milos Aleksandar Dragan Milan
Nikos Kyriakos Dimitris Georgios Yannis Klaus-Dieter Dick Rob Ruben Kajsa Sigrid Dilan
Mark Wopke Sofie Frank-Walter Olof Stefan Jüri Juri Mircea Klaus Nicolae Ion
Maia Salome Irakli Giorgi Nikol Ilham Kassym-Jomart Shavkat Emomali Alyaksandr Sviatlana
Shigeru Fumio Sanae Yoshimasa Narendra Subrahmanyam Benjamin
Yoav Isaac Naftali Yair Mohammed Mohammad Muhammad Abdullah Ali Hassan Hussein Recep
"""

GIVEN_NAMES: frozenset[str] = frozenset((_UKRAINIAN_RUSSIAN + _ENGLISH + _EUROPEAN).split())
"""Given names, as written (capitalised, with diacritics and without)."""
